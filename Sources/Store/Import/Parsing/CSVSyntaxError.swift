/// A CSV structure error at a physical line and column (1-based).
struct CSVSyntaxError: Error, Sendable, Hashable {
    var message: String
    var line: Int
    var column: Int
}
