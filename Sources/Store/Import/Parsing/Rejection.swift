/// A record that will not be imported, with every reason and its original text.
struct Rejection: Error, Sendable {
    var file: String
    var line: Int
    /// The record's text as in the file; nil when it is not valid UTF-8.
    var raw: String?
    var errors: [ImportError]
}
