import GRDB

/// Builds the secondary indexes of the tables an import fills once at its end, inside the
/// import's transaction, when the import is big next to the store (e.g. a first import).
///
/// Each item is a random insert into seven time and brand indexes, and each tag, aspect, note
/// and event one more; at a million items these outgrow the page cache and every insert reads
/// and rewrites pages. `CREATE INDEX` sorts the rows once instead. Unique indexes stay (they
/// enforce their constraint, and the complaint and follow-up dedupe lookups read them). The item
/// dedupe lookup's `item_key_hash` goes too: the writer then keeps the numbers that can match
/// (`KeyHashTable`) and makes it again at the first look-up it must answer. Dropping and
/// creating indexes are part of the transaction, so a rolled-back import leaves the store's
/// indexes as they were.
enum IndexDeferral {
    /// The tables an import adds to in bulk.
    static let tables = ["item", "item_aspect", "item_tag", "note", "event"]

    /// Input bytes per record, roughly, in the JSON Lines an import reads (generated items
    /// average about 470), to judge an import's size before reading it.
    static let bytesPerRecord = 512

    /// True when the input (`inputBytes` long) would at least double a store whose highest
    /// item id is `storeItems`, and holds at least `minimumRecords` records.
    static func pays(inputBytes: Int, storeItems: Int64, minimumRecords: Int) -> Bool {
        let records = inputBytes / bytesPerRecord
        return records >= minimumRecords && storeItems <= Int64(records)
    }

    /// The statements that create the dropped indexes again: the dedupe lookup's apart, as the
    /// writer may need it before the end.
    struct Creations {
        var keyHash: String?
        var others: [String] = []
    }

    /// Drops the non-unique indexes of `tables`; returns the statements that create them again.
    static func begin(_ db: Database) throws -> Creations {
        let tableList = tables.map { "'\($0)'" }.joined(separator: ",")
        let rows = try Row.fetchAll(db, sql: """
            SELECT name, sql FROM sqlite_master
            WHERE type = 'index' AND tbl_name IN (\(tableList)) AND sql IS NOT NULL
                AND sql NOT LIKE 'CREATE UNIQUE %'
            ORDER BY name
            """)
        var creations = Creations()
        for row in rows {
            let name: String = row["name"]
            let sql: String = row["sql"]
            try db.execute(sql: "DROP INDEX \(name.quotedDatabaseIdentifier)")
            if name == ItemKeyHashSchema.indexName {
                creations.keyHash = sql
            } else {
                creations.others.append(sql)
            }
        }
        return creations
    }

    /// Creates the indexes `begin` dropped.
    static func finish(_ db: Database, creations: [String]) throws {
        for sql in creations {
            try db.execute(sql: sql)
        }
    }
}
