/// A reply's text with a way to turn a match into a flag at its line and column.
struct LocatedText {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    func flag(_ kind: ReplyFlagKind, _ range: Range<String.Index>, reason: String) -> ReplyFlag {
        let before = text[..<range.lowerBound]
        let line = before.reduce(1) { $1.isNewline ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(where: \.isNewline).map { text.index(after: $0) } ?? text.startIndex
        let column = text[lineStart..<range.lowerBound].count + 1
        return ReplyFlag(kind: kind, reason: reason, excerpt: String(text[range]), line: line, column: column)
    }

    /// A flag for every match of `regex` that `keep` accepts.
    func flags<Output>(_ kind: ReplyFlagKind, _ regex: Regex<Output>, reason: String,
                       keep: (Substring) -> Bool = { _ in true }) -> [ReplyFlag] {
        text.matches(of: regex).filter { keep(text[$0.range]) }.map { flag(kind, $0.range, reason: reason) }
    }
}
