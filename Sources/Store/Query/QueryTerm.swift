/// One term of a query: what it matches, whether it is negated, and where it was written.
public struct QueryTerm: Sendable, Hashable {
    public enum Match: Sendable, Hashable {
        /// A free word; `prefix` when written with a trailing `*`.
        case word(String, prefix: Bool)
        /// A "quoted phrase": its words in order.
        case phrase(String)
        /// `key:value`, with the comparison for `rating:<=2` (`.equal` otherwise).
        case filter(QueryKey, QueryComparison, String)
    }

    public var match: Match
    /// Written with a leading `-`.
    public var negated: Bool
    /// 1-based column (in characters) where the term starts, its `-` included.
    public var column: Int
    /// The term as written.
    public var token: String

    public init(match: Match, negated: Bool, column: Int, token: String) {
        self.match = match
        self.negated = negated
        self.column = column
        self.token = token
    }

    /// An error about this term.
    func error(_ message: String) -> QueryError {
        QueryError(column: column, token: token, message: message)
    }
}
