extension ReplyCheck {
    /// Longer than the site takes (sites without a known limit are not checked).
    static func length(_ text: String, source: String) -> [ReplyFlag] {
        guard let limit = ReplySiteLimit.known[source.lowercased()] else { return [] }
        let length = limit.length(of: text)
        guard length > limit.limit else { return [] }
        let unit = limit.unit.rawValue
        return [ReplyFlag(kind: .length, reason: "\(length) \(unit); \(limit.site) takes at most \(limit.limit) \(unit): cut \(length - limit.limit)",
                          excerpt: "", line: 1, column: 1)]
    }
}
