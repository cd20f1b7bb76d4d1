import Store

/// The QUERY words of a command, joined into one query: `earshot reviews brand:B1 cold coffee`
/// and `earshot reviews 'brand:B1 "cold coffee"'` both work.
enum QueryArguments {
    static func parse(_ words: [String]) throws -> Query {
        try Query(parsing: words.joined(separator: " "))
    }

    /// The query-language summary shown in every command that takes QUERY.
    static let help = """
        QUERY: free words and "quoted phrases" search the text (word* for prefixes); filters \
        brand: source: status: sentiment:pos|neu|neg rating:<=2 since:2026-10-01 until: (dates, \
        today, yesterday, a weekday, or ages like 7d 2w 3m) tag: assignee:me aspect: \
        is:complaint|urgent|spam|overdue|own|competitor lang: kind: priority: severity: channel: \
        customer:; a leading - negates a term (-status:done).
        """
}
