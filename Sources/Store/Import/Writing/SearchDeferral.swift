import GRDB

/// Indexes an import's new items and notes for full-text search in batches, a window of records
/// at a time, inside the import's transaction (see `StoreSchema.deferredSearch`). A big import
/// into a store with no indexed item builds the item index on a thread of its own instead
/// (`ItemSearchBuild`).
enum SearchDeferral {
    /// From here until `finish`, inserting items and notes leaves the search index alone: the
    /// import indexes them with `index`. Returns the statements that create again the triggers
    /// that stand aside, which are dropped until then: a trigger that only tests its WHEN clause
    /// still runs a subprogram per row (~2 µs an item, five triggers).
    static func begin(_ db: Database) throws -> [String] {
        try db.execute(sql: "INSERT INTO search_deferral (deferred) VALUES (1)")
        let triggers = try Row.fetchAll(db, sql: """
            SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%search_deferral%' ORDER BY name
            """)
        var creations: [String] = []
        for trigger in triggers {
            let name: String = trigger["name"]
            try db.execute(sql: "DROP TRIGGER \(name.quotedDatabaseIdentifier)")
            creations.append(trigger["sql"])
        }
        return creations
    }

    /// Indexes items and notes that were added (a window's), each kind in one statement: FTS5
    /// writes an index segment per statement and merges segments as they pile up, so a few large
    /// segments cost less than many small ones (indexing 1M items in sqlite3 alone: 6.5 -> 5.8 s
    /// CPU against statements of 2,000 rows).
    static func index(_ db: Database, items: [Int64], notes: [Int64]) throws {
        try index(db, items, sql: "INSERT INTO item_fts(rowid, title, text, author) SELECT id, title, text, author FROM item WHERE id")
        try index(db, notes, sql: "INSERT INTO note_fts(rowid, text) SELECT id, text FROM note WHERE id")
    }

    /// Creates the triggers `begin` dropped and puts them back to work.
    static func finish(_ db: Database, triggers: [String]) throws {
        for sql in triggers {
            try db.execute(sql: sql)
        }
        try db.execute(sql: "DELETE FROM search_deferral")
    }

    /// Runs `sql` (which ends with the id column) for `ids`: a range when they are one, as
    /// rows of an import usually are, else the list as a JSON array (no limit on its length).
    private static func index(_ db: Database, _ ids: [Int64], sql: String) throws {
        guard let low = ids.min(), let high = ids.max() else { return }
        if high - low + 1 == Int64(ids.count) {
            // Ids are unique, so as many as the range holds means they are the whole range.
            try db.execute(sql: sql + " BETWEEN ? AND ?", arguments: [low, high])
        } else {
            let list = "[" + ids.map(String.init).joined(separator: ",") + "]"
            try db.execute(sql: sql + " IN (SELECT value FROM json_each(?))", arguments: [list])
        }
    }
}
