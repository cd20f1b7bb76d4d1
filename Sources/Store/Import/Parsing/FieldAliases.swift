/// The column names (and item field names) that mean the same item field, matched ignoring case.
enum FieldAliases {
    /// Canonical item field → the names accepted for it, the canonical name first.
    static let item: [String: [String]] = [
        "text": ["text", "review", "body", "comment", "content"],
        "rating": ["rating", "stars", "score"],
        "author": ["author", "name", "reviewer"],
        "posted": ["posted", "date", "created_at"],
        "source": ["source", "platform", "site"],
        "external_id": ["external_id", "review_id"],
        "title": ["title", "summary"],
        "url": ["url", "link"],
        "brand": ["brand", "business"],
        "lang": ["lang", "language"],
        "id": ["id"],
        "kind": ["kind"],
        "customer": ["customer"],
        "status": ["status"],
        "waiting_until": ["waiting_until"],
        "duplicate_of": ["duplicate_of"],
        "priority": ["priority"],
        "assignee": ["assignee"],
        "tags": ["tags"],
        "notes": ["notes"],
    ]

    /// Accepted name (lower case) → canonical item field.
    static let canonicalByName: [String: String] = {
        var map: [String: String] = [:]
        for (canonical, names) in item {
            for name in names { map[name] = canonical }
        }
        return map
    }()
}
