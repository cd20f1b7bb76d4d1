/// One record as read from a file, before its fields are checked: where it came from and its
/// fields by name (matched ignoring case).
struct SourceRecord: Sendable {
    var file: String
    var line: Int
    var fields: SourceFields
    /// The record's text as it appears in the file, for the rejects file; nil if it is not UTF-8.
    var raw: String?
    /// True for a CSV row: every value is text, and a row is always an item.
    var isCSVRow: Bool
}
