/// One CSV record: its fields, the physical line where it starts and its byte range.
struct CSVRow: Sendable, Hashable {
    var fields: [String]
    var line: Int
    var start: Int
    var end: Int
}
