import GRDB

extension QueryCompiler {
    /// The free words and phrases every item must match: the terms that are not filters and not negated.
    static func searchedWords(_ query: Query) -> [QueryTerm] {
        query.terms.filter { term in
            if case .filter = term.match { return false }
            return !term.negated
        }
    }

    /// Items that match every one of several words or phrases, each in the item's title, text or
    /// author or in one of its notes.
    ///
    /// One FTS5 `AND` of the words finds the items whose text has them all, so SQLite reads the
    /// few items in the intersection instead of every match of the first word and testing the
    /// rest ("rude st" at a million items: 26,000 rows read for none found). Items that need a
    /// note for some word come from the few notes matching any of the words, each checked word
    /// by word. It starts like a single word's condition (`i.id IN (SELECT rowid FROM item_fts`),
    /// which `TextSearchPlan.apply` relies on.
    static func allWordsCondition(_ words: [QueryTerm], item i: String) -> QueryCondition {
        let expressions = words.map { ftsExpression($0.match) }
        let (everyWord, arguments) = everyWordSQL(expressions, id: "c.id")
        return QueryCondition("""
            \(i).id IN (SELECT rowid FROM item_fts WHERE item_fts MATCH ? UNION \
            SELECT c.id FROM (SELECT DISTINCT n.item_id AS id FROM note n WHERE n.item_id IS NOT NULL \
            AND n.id IN (SELECT rowid FROM note_fts WHERE note_fts MATCH ?)) c WHERE \(everyWord))
            """, [expressions.joined(separator: " AND "), expressions.joined(separator: " OR ")] + arguments)
    }

    /// A condition on the item id `id` true when each FTS5 expression matches its text or one of
    /// its notes, with its arguments.
    static func everyWordSQL(_ expressions: [String], id: String) -> (sql: String, arguments: [String]) {
        let one = """
            (\(id) IN (SELECT rowid FROM item_fts WHERE item_fts MATCH ?) \
            OR \(id) IN (SELECT m.item_id FROM note m WHERE m.id IN (SELECT rowid FROM note_fts WHERE note_fts MATCH ?)))
            """
        return (Array(repeating: one, count: expressions.count).joined(separator: " AND "),
                expressions.flatMap { [$0, $0] })
    }
}
