import GRDB

/// Indexes an import's new items and notes for full-text search in batches at its end, inside
/// the import's transaction (see `StoreSchema.deferredSearch`).
enum SearchDeferral {
    /// Rows indexed per statement: each statement writes one index segment.
    static let batchSize = 2000

    /// From here until `finish`, inserting items and notes leaves the search index alone.
    static func begin(_ db: Database) throws {
        try db.execute(sql: "INSERT INTO search_deferral (deferred) VALUES (1)")
    }

    /// Indexes what was added and puts the triggers back to work.
    static func finish(_ db: Database, items: [Int64], notes: [Int64]) throws {
        try index(db, items, sql: "INSERT INTO item_fts(rowid, title, text, author) SELECT id, title, text, author FROM item WHERE id IN (IDS)")
        try index(db, notes, sql: "INSERT INTO note_fts(rowid, text) SELECT id, text FROM note WHERE id IN (IDS)")
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
