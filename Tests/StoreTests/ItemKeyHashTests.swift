import Foundation
import GRDB
import Testing
@testable import Store

/// Items are found again by the number of their content key (`item.key_hash`, migration
/// `v12-item-key-hash`) and then by the key itself: a store made before the number existed
/// gets it for every item, re-importing into it adds nothing, and two keys that share a number
/// stay two items.
@Suite struct ItemKeyHashTests {
    /// The numbers are stored: a change to the function would make every old item new again.
    @Test(arguments: [
        ("x:1:google:g-1", Int64(-605_555_584_549_402_612)),
        ("", Int64(-1_166_397_803_181_037_274)),
        ("h:" + String(repeating: "0", count: 64), Int64(-3_736_505_569_134_896_774)),
    ])
    func theNumberOfAKeyNeverChanges(key: String, number: Int64) {
        #expect(ContentKeyHash.of(key) == number)
    }

    /// Turns a current store back into one made before `v12-item-key-hash`: the unique index
    /// of the key text, no number column, the migration not applied.
    static func makeOld(_ path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: """
                CREATE UNIQUE INDEX item_dedupe ON item(dedupe_key);
                DROP INDEX item_key_hash;
                ALTER TABLE item DROP COLUMN key_hash;
                DELETE FROM grdb_migrations WHERE identifier = 'v12-item-key-hash';
                """)
        }
        try queue.close()
    }

    @Test func reimportingIntoAStoreMadeBeforeTheNumbersAddsNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("earshot.db")
        do {
            let store = try EarshotStore.open(at: path, createIfMissing: true, user: "tester")
            #expect(try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore).imported.items == 5)
        }
        try Self.makeOld(path)
        let store = try EarshotStore.open(at: path, createIfMissing: false, user: "tester")
        let rows = try store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT dedupe_key, key_hash FROM item ORDER BY id")
        }
        #expect(rows.count == 5)
        for row in rows {
            let key: String = row["dedupe_key"]
            #expect(row["key_hash"] as Int64? == ContentKeyHash.of(key))
        }
        let indexes = try store.pool.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'item' ORDER BY name")
        }
        #expect(indexes.contains(ItemKeyHashSchema.indexName))
        #expect(!indexes.contains("item_dedupe"))
        let again = try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore)
        #expect(again.imported.items == 0)
        #expect(again.duplicates >= 5)
        #expect(try Self.items(store) == 5)
    }

    static func items(_ store: EarshotStore) throws -> Int {
        try store.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM item") ?? 0 }
    }

    static let itemA = #"{"id":"R1","brand":"Cafe","source":"google","external_id":"g-1","author":"Ann","text":"Lovely","posted":"2026-03-10T09:00:00Z"}"#
    static let itemB = #"{"id":"R2","brand":"Cafe","source":"google","external_id":"g-2","author":"Bo","text":"Cold","posted":"2026-03-11T09:00:00Z"}"#

    @Test(arguments: [false, true])
    func twoKeysWithTheSameNumberAreTwoItems(deferringIndexes: Bool) throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        let options = Fixtures.options(deferringIndexes: deferringIndexes)
        #expect(try Fixtures.importText(store, "a.jsonl", Self.itemA, options: options).imported.items == 1)
        // Item A takes the number item B's key will have, as if the two keys collided.
        let brand = try #require(try store.pool.read { try Int64.fetchOne($0, sql: "SELECT brand_id FROM item") })
        try store.pool.write { db in
            try db.execute(sql: "UPDATE item SET key_hash = ?", arguments: [ContentKeyHash.of("x:\(brand):google:g-2")])
        }
        let report = try Fixtures.importText(store, "b.jsonl", Self.itemB, options: options)
        #expect(report.imported.items == 1)
        #expect(report.duplicates == 0)
        let again = try Fixtures.importText(store, "b.jsonl", Self.itemB, options: options)
        #expect(again.imported.items == 0)
        #expect(again.duplicates == 1)
        #expect(try Self.items(store) == 2)
    }

    /// Items whose text is long enough that the file alone is bigger than the store holding
    /// them once, so that a re-import too is big next to the store and keeps the numbers in a
    /// table (`ImportWriter.knownKeys`); each item twice.
    static func repeatedItems(_ count: Int) -> String {
        let padding = String(repeating: "and the coffee was fine ", count: 30)
        let lines = (1...count).map { number in
            #"{"brand":"Cafe","source":"google","external_id":"g-\#(number)","author":"A\#(number)","text":"Visit \#(number) \#(padding)","posted":"2026-03-10T09:00:00Z"}"#
        }
        return (lines + lines).joined(separator: "\n") + "\n"
    }

    @Test(arguments: [false, true])
    func repeatsInsideAFileAndAReimportAddNothing(keepingNumbers: Bool) throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        let options = Fixtures.options(deferringIndexes: keepingNumbers)
        let text = Self.repeatedItems(40)
        // The re-import into the 40 items keeps the numbers only when the file is at least as
        // big (by its estimate) as the store.
        #expect(IndexDeferral.pays(inputBytes: text.utf8.count, storeItems: 40, minimumRecords: 0))
        let first = try Fixtures.importText(store, "items.jsonl", text, options: options)
        #expect(first.imported.items == 40)
        #expect(first.duplicates == 40)
        let again = try Fixtures.importText(store, "items.jsonl", text, options: options)
        #expect(again.committed)
        #expect(again.imported.items == 0)
        #expect(again.duplicates == 80)
        #expect(try Self.items(store) == 40)
        // Made again at the first repeat when its building was deferred, and only once.
        let indexes = try store.pool.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'item'")
        }
        #expect(indexes.filter { $0 == ItemKeyHashSchema.indexName }.count == 1)
    }

    @Test func anImportSetsTheNumberOfEveryItemItAdds() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore)
        let mismatched = try store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT dedupe_key, key_hash FROM item").filter { row in
                row["key_hash"] as Int64? != ContentKeyHash.of(row["dedupe_key"])
            }
        }
        #expect(try Self.items(store) == 5)
        #expect(mismatched.isEmpty)
    }
}
