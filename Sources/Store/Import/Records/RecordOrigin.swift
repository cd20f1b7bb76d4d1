/// Where a record came from, to name it in errors and to write it to the rejects file.
struct RecordOrigin: Sendable, Hashable {
    var file: String
    var line: Int
    var raw: String?

    func error(_ field: String?, _ message: String, line: Int? = nil) -> ImportError {
        ImportError(file: file, line: line ?? self.line, field: field, message: message)
    }
}
