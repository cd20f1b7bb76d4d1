import GRDB

extension KeyHashTable {
    /// The numbers of the items already in the store, read once at an import's start, in a
    /// table sized for them and the import's `newItems` (estimated).
    static func ofStore(_ db: Database, newItems: Int) throws -> KeyHashTable {
        let storeItems = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM item") ?? 0
        var table = KeyHashTable(expected: storeItems + newItems)
        let numbers = try Int64.fetchCursor(db, sql: "SELECT key_hash FROM item WHERE key_hash IS NOT NULL")
        while let number = try numbers.next() {
            table.insert(number)
        }
        return table
    }
}
