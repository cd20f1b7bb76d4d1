/// One thing the reply check found: what, why it matters, and where (the words themselves).
public struct ReplyFlag: Sendable, Hashable, CustomStringConvertible {
    public var kind: ReplyFlagKind
    /// Why it is flagged, and what to do, in one sentence.
    public var reason: String
    /// The offending words as written in the reply (empty for the length).
    public var excerpt: String
    /// Where the words start: the 1-based line and column (characters) in the reply.
    public var line: Int
    public var column: Int

    public init(kind: ReplyFlagKind, reason: String, excerpt: String, line: Int, column: Int) {
        self.kind = kind
        self.reason = reason
        self.excerpt = excerpt
        self.line = line
        self.column = column
    }

    /// `2:14 personal-data "01632 960418": a phone number …`.
    public var description: String {
        let words = excerpt.isEmpty ? "" : " \"\(excerpt)\""
        return "\(line):\(column) \(kind.rawValue)\(words): \(reason)"
    }
}
