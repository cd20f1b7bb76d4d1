/// A JSON syntax error at a line and column (both 1-based).
struct JSONSyntaxError: Error, Sendable, Hashable {
    var message: String
    var line: Int
    var column: Int
    /// Byte offset of the error in the file.
    var offset: Int
}
