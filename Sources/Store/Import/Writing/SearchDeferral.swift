import GRDB

/// Indexes an import's new items and notes for full-text search in batches, a window of records
/// at a time, inside the import's transaction (see `StoreSchema.deferredSearch`).
enum SearchDeferral {
    /// Rows indexed per statement: each statement writes one index segment.
    static let batchSize = 2000

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

    /// Indexes items and notes that were added.
    static func index(_ db: Database, items: [Int64], notes: [Int64]) throws {
        try index(db, items, sql: "INSERT INTO item_fts(rowid, title, text, author) SELECT id, title, text, author FROM item WHERE id IN (IDS)")
        try index(db, notes, sql: "INSERT INTO note_fts(rowid, text) SELECT id, text FROM note WHERE id IN (IDS)")
    }

    /// Creates the triggers `begin` dropped and puts them back to work.
    static func finish(_ db: Database, triggers: [String]) throws {
        for sql in triggers {
            try db.execute(sql: sql)
        }
        try db.execute(sql: "DELETE FROM search_deferral")
    }

    private static func index(_ db: Database, _ ids: [Int64], sql: String) throws {
        var start = 0
        while start < ids.count {
            let batch = Array(ids[start..<min(ids.count, start + batchSize)])
            let placeholders = Array(repeating: "?", count: batch.count).joined(separator: ",")
            try db.execute(sql: sql.replacingOccurrences(of: "IDS", with: placeholders), arguments: StatementArguments(batch))
            start += batchSize
        }
    }
}
