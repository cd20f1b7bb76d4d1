import GRDB

/// Counts an import's new items in `item_count` (see `ItemCountSchema`) at its end: the insert
/// trigger stands aside during an import, and the writer tallies brand and status as it goes.
enum ItemCountUpkeep {
    static func addImported(_ db: Database, tally: [ItemCountKey: Int]) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO item_count (brand_id, status, items) VALUES (?, ?, ?)
            ON CONFLICT (brand_id, status) DO UPDATE SET items = items + excluded.items
            """)
        for (key, items) in tally {
            try statement.execute(arguments: [key.brand, key.status, items])
        }
    }
}

/// A brand and a status, the key of `item_count`.
struct ItemCountKey: Hashable {
    var brand: Int64
    var status: String
}
