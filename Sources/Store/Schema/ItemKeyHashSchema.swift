import GRDB

/// Items are found by a 64-bit number of their content key (`ContentKeyHash`, migration
/// `v12-item-key-hash`) instead of a unique index of the key text: the key text stays in
/// `item.dedupe_key`, compared when the number matches.
///
/// The numbers of the items already in the store are computed here, in Swift (one SQL function
/// for the statement's length), so re-importing a file into a store made before finds them.
enum ItemKeyHashSchema {
    /// The index the import's duplicate lookup reads; deferred only while the import knows which
    /// numbers can match (`IndexDeferral`, `ImportWriter.keyHashIndexCreation`).
    static let indexName = "item_key_hash"

    static func create(_ db: Database) throws {
        let function = DatabaseFunction("earshot_key_hash", argumentCount: 1, pure: true) { values in
            String.fromDatabaseValue(values[0]).map(ContentKeyHash.of)
        }
        db.add(function: function)
        defer { db.remove(function: function) }
        try db.execute(sql: """
            ALTER TABLE item ADD COLUMN key_hash INTEGER;
            UPDATE item SET key_hash = earshot_key_hash(dedupe_key);
            CREATE INDEX \(indexName) ON item(key_hash);
            DROP INDEX item_dedupe;
            """)
    }
}
