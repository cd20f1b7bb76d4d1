import GRDB

/// Counts the items a query of free words and phrases only finds, from the search indexes alone.
///
/// A word common in a million reviews matches tens of thousands of them; counting them through
/// the item table looked each one up (70 ms for "coffee" at a million items). Every match in the
/// indexes is an item (notes are their items'), so a query of words alone is counted as the
/// intersection of each word's matches, without reading an item.
enum TextSearchCount {
    /// The count, or nil when the query has anything else (a filter, a negation, a brand).
    static func count(_ filter: ListFilter, db: Database) throws -> Int? {
        let terms = filter.query.terms
        guard filter.brandRowID == nil, !terms.isEmpty,
              terms.allSatisfy({ !$0.negated && !Self.isFilter($0.match) }) else { return nil }
        var arguments: [String] = []
        let sets = terms.map { term -> String in
            let expression = QueryCompiler.ftsExpression(term.match)
            arguments += [expression, expression]
            return "SELECT * FROM \(QueryCompiler.itemTextSQL)"
        }
        return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (" + sets.joined(separator: " INTERSECT ") + ")",
                                arguments: StatementArguments(arguments)) ?? 0
    }

    private static func isFilter(_ match: QueryTerm.Match) -> Bool {
        if case .filter = match { return true }
        return false
    }
}
