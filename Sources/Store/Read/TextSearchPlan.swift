import GRDB

/// How items found by words are read: through the matches, or along the list's order.
///
/// Left to itself, SQLite reads a word's matches, looks each item up and sorts them all, which is
/// right for a rare word and 60 ms for "cold" in a million reviews (63,000 matches; 95 ms for the
/// 12,000 of "i"). When the words match many items, walking the posted-time index from the newest
/// and keeping the items in the matches finds a page of 200 after a few thousand steps instead
/// (5-9 ms). And with another indexed condition (`status:new br`) it walks that condition's index
/// testing each item against the matches, a pass over every new item when the words match none
/// (30 ms): when the words match few items, reading those few is forced.
enum TextSearchPlan {
    /// Read the items matching the words by id (the item table used through its rowid only).
    case throughMatches
    /// Walk the time index from the list's first row, testing each item against the matches.
    case alongOrder

    /// About how many steps along the time index cost as much as reading one item's row (and
    /// sorting it): a step reads only the index, the lookup a row of ~1.3 KB at a random place.
    static let stepsPerRowRead = 16.0

    /// The plan for the first `rows` rows (offset plus limit) under `filter`; nil when the query
    /// has no words to search for, or they match many items on a list not sorted by time.
    ///
    /// Walking is expected to cost less once the rows to pass (`rows` over the share of items
    /// matching every word) fall below the matches at `stepsPerRowRead` steps each. That holds
    /// once the matches reach √(rows · items / stepsPerRowRead), so they are counted only up to
    /// there (3,500 for a first window at a million items: "i" matches 12,000 items, "the" 500,000).
    static func choose(_ filter: ListFilter, rows: Int, db: Database) throws -> TextSearchPlan? {
        let words = QueryCompiler.searchedWords(filter.query)
        guard !words.isEmpty else { return nil }
        let items = Double(max(1, try ItemCountSchema.count(db, brand: nil, status: nil)))
        let enough = Int((Double(max(1, rows)) * items / stepsPerRowRead).squareRoot().rounded(.up))
        let all = words.map { QueryCompiler.ftsExpression($0.match) }.joined(separator: " AND ")
        let statement = try db.cachedStatement(sql: """
            SELECT COUNT(*) FROM (SELECT 1 FROM item_fts WHERE item_fts MATCH ? LIMIT ?)
            """)
        guard (try Int.fetchOne(statement, arguments: [all, enough]) ?? 0) >= enough else { return .throughMatches }
        let byTime = filter.order == nil || filter.order == .newest || filter.order == .oldest
        return byTime ? .alongOrder : nil
    }

    /// The plan for a count: through the matches when they are few, else SQLite's own choice.
    static func forCount(_ filter: ListFilter, db: Database) throws -> TextSearchPlan? {
        try choose(filter, rows: FarPage.threshold, db: db) == .throughMatches ? .throughMatches : nil
    }

    /// `sql` (a statement over `item i` with `whereSQL`) made to follow the plan: the item table
    /// `NOT INDEXED` (only its rowid is used, so the matches lead), or the word conditions made
    /// unusable as a row lookup (a unary `+`, so SQLite walks the order index instead).
    func apply(_ sql: String) -> String {
        switch self {
        case .throughMatches:
            return sql.replacingOccurrences(of: "FROM item i ", with: "FROM item i NOT INDEXED ")
        case .alongOrder:
            return sql.replacingOccurrences(of: "i.id IN (SELECT rowid FROM item_fts", with: "+i.id IN (SELECT rowid FROM item_fts")
        }
    }
}
