/// A query that cannot be run, pointing at the offending term: its column and text.
public struct QueryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// 1-based column (in characters) of the term.
    public var column: Int
    /// The term as written.
    public var token: String
    /// What is wrong and what to write instead.
    public var message: String

    public init(column: Int, token: String, message: String) {
        self.column = column
        self.token = token
        self.message = message
    }

    /// `column 9, 'rating:<=x': rating needs a whole number from 1 to 5, like rating:<=2`.
    public var description: String {
        "column \(column), '\(token)': \(message)"
    }
}
