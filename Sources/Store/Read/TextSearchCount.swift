import GRDB

/// Counts the items a query of free words and phrases only finds, from the search indexes alone.
///
/// A word common in a million reviews matches tens of thousands of them; counting them through
/// the item table looked each one up (70 ms for "coffee" at a million items), and even a union of
/// the item and note matches sorted them all. An item matches when each word is in its text or
/// one of its notes. So the count is the items whose text has every word (one FTS5 `AND` count,
/// which only walks the index), plus the few items with a matching note that their text alone
/// does not already count ("rude staff" at a million items: 53 -> 3 ms; "coffee" 70 -> 14 ms).
enum TextSearchCount {
    /// The count, or nil when the query has anything else (a filter, a negation, a brand).
    static func count(_ filter: ListFilter, db: Database) throws -> Int? {
        let terms = filter.query.terms
        guard filter.brandRowID == nil, !terms.isEmpty,
              terms.allSatisfy({ !$0.negated && !Self.isFilter($0.match) }) else { return nil }
        let expressions = terms.map { QueryCompiler.ftsExpression($0.match) }
        let all = expressions.joined(separator: " AND ")
        let (everyWord, wordArguments) = QueryCompiler.everyWordSQL(expressions, id: "c.id")
        let arguments = [all, expressions.joined(separator: " OR "), all] + wordArguments
        let sql = """
            SELECT (SELECT COUNT(*) FROM item_fts WHERE item_fts MATCH ?) + (SELECT COUNT(*) FROM (
                SELECT DISTINCT n.item_id AS id FROM note n
                WHERE n.item_id IS NOT NULL AND n.id IN (SELECT rowid FROM note_fts WHERE note_fts MATCH ?)) c
              WHERE c.id NOT IN (SELECT rowid FROM item_fts WHERE item_fts MATCH ?)
                AND \(everyWord))
            """
        return try Int.fetchOne(db, sql: sql, arguments: StatementArguments(arguments)) ?? 0
    }

    private static func isFilter(_ match: QueryTerm.Match) -> Bool {
        if case .filter = match { return true }
        return false
    }
}
