import GRDB

/// How a page of items found by words is read: through the matches, or along the list's order.
///
/// SQLite reads a word's matches, looks each item up and sorts them all, which is right for a rare
/// word and 60 ms for "cold" in a million reviews (63,000 matches). When the words match many
/// items, walking the posted-time index from the newest and keeping the items in the matches
/// finds a page of 200 after a few thousand steps instead (5 ms).
enum TextSearchPlan {
    /// True when walking the time index is expected to take fewer steps than reading the rarest
    /// word's matches: the rows to pass (`rows`: offset plus limit) over the share of items that
    /// match every word (taking the words as independent), against that word's match count. Only
    /// for lists sorted by time (the only orders with an index to walk).
    static func walksOrder(_ filter: ListFilter, rows: Int, db: Database) throws -> Bool {
        guard filter.order == nil || filter.order == .newest || filter.order == .oldest else { return false }
        let words = filter.query.terms.filter { term in
            if case .filter = term.match { return false }
            return !term.negated
        }
        guard !words.isEmpty else { return false }
        let items = Double(max(1, try ItemCountSchema.count(db, brand: nil, status: nil)))
        let statement = try db.cachedStatement(sql: "SELECT COUNT(*) FROM item_fts WHERE item_fts MATCH ?")
        var share = 1.0, fewest = Double.infinity
        for term in words {
            let matches = Double(try Int.fetchOne(statement, arguments: [QueryCompiler.ftsExpression(term.match)]) ?? 0)
            share *= matches / items
            fewest = min(fewest, matches)
        }
        return share > 0 && Double(rows) / share < fewest
    }

    /// The WHERE clause with the word conditions made unusable as a row lookup (a unary `+`), so
    /// SQLite walks the order index and tests each item against the matches instead.
    static func walkingOrder(_ whereSQL: String) -> String {
        whereSQL.replacingOccurrences(of: "i.id IN (SELECT rowid FROM item_fts", with: "+i.id IN (SELECT rowid FROM item_fts")
    }
}
