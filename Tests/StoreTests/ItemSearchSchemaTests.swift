import Foundation
import GRDB
import Testing
@testable import Store

/// A new store's item search index keeps no per-item column sizes; a store made before keeps
/// its own table, and imports, search and the doctor work with either.
@Suite struct ItemSearchSchemaTests {
    /// `item_fts` as stores made before migration v13 declare it, with column sizes.
    static let declarationWithSizes = """
        CREATE VIRTUAL TABLE item_fts USING fts5(
            title, text, author, content='item', content_rowid='id', tokenize='unicode61 remove_diacritics 2')
        """

    /// A new (empty) store whose `item_fts` is laid out as before migration v13.
    static func storeWithColumnSizes() throws -> (EarshotStore, TemporaryFolder) {
        let (store, folder) = try Fixtures.store()
        try store.pool.write { db in
            try db.execute(sql: "DROP TABLE item_fts")
            try db.execute(sql: Self.declarationWithSizes)
        }
        return (store, folder)
    }

    static func keepsSizes(_ store: EarshotStore) throws -> Bool {
        try store.pool.read { try ItemSearchSchema.keepsColumnSizes($0, index: "item_fts") }
    }

    static func search(_ store: EarshotStore, _ query: String) throws -> [Int64] {
        try store.pool.read { db in
            try Int64.fetchAll(db, sql: "SELECT rowid FROM item_fts WHERE item_fts MATCH ? ORDER BY rowid", arguments: [query])
        }
    }

    @Test func aNewStoreIndexesItemsWithoutColumnSizes() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        #expect(try !Self.keepsSizes(store))
        try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore)
        #expect(try Self.search(store, "coffee") == [5])
        #expect(try Self.search(store, "\"flat white\"") == [1])
        #expect(try Self.search(store, "brun*") == [2])
        #expect(try Self.search(store, "author:maya") == [1])
        let indexed = try store.pool.read { try ItemSearchSchema.indexedRows($0, index: "item_fts") }
        #expect(indexed == 5)
    }

    @Test func aStoreWithItemsKeepsItsIndexTable() throws {
        let (store, folder) = try Self.storeWithColumnSizes()
        defer { folder.remove() }
        try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore)
        try store.pool.write { try ItemSearchSchema.dropColumnSizes($0) }
        #expect(try Self.keepsSizes(store))
        #expect(try Self.search(store, "coffee") == [5])
    }

    @Test(arguments: [false, true])
    func aBigFirstImportIndexesAsideWithEitherLayout(columnSizes: Bool) throws {
        let (store, folder) = columnSizes ? try Self.storeWithColumnSizes() : try Fixtures.store()
        defer { folder.remove() }
        let lines = ItemSearchBuildTests.lines()
        let report = try ItemSearchBuildTests.importLines(store, folder.path, lines, aside: true)
        #expect(report.committed && report.errors.isEmpty, "\(report.errors)")
        #expect(try Self.keepsSizes(store) == columnSizes)
        let sizes = try store.pool.read { db in
            columnSizes ? try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM item_fts_docsize") : nil
        }
        #expect(sizes == (columnSizes ? lines.count : nil))
        #expect(try Self.search(store, "lovely").count == (lines.count + 2) / 4)
        let doctor = try store.doctor()
        #expect(doctor.isHealthy, "\(doctor.checks)")
    }

    @Test(arguments: [false, true])
    func theDoctorFindsAnItemMissingFromEitherLayout(columnSizes: Bool) throws {
        let (store, folder) = columnSizes ? try Self.storeWithColumnSizes() : try Fixtures.store()
        defer { folder.remove() }
        try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore)
        try store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO item_fts(item_fts, rowid, title, text, author) SELECT 'delete', id, title, text, author FROM item WHERE id = 2
                """)
        }
        #expect(try store.doctor().problem?.contains("1 item(s) missing from the search index") == true)
    }

    @Test func theDoctorFindsAStaleEntryByCount() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore)
        try store.pool.write { db in
            try db.execute(sql: "INSERT INTO item_fts(rowid, title, text, author) VALUES (99, NULL, 'gone', 'nobody')")
        }
        #expect(try store.doctor().problem?.contains("1 stale item entr(ies) in the search index") == true)
    }

    @Test(arguments: [
        (bytes: [UInt8](), value: Int64(0)),
        (bytes: [UInt8]([0x00]), value: Int64(0)),
        (bytes: [UInt8]([0x7F, 0xFF]), value: Int64(127)),
        (bytes: [UInt8]([0x81, 0x00]), value: Int64(128)),
        (bytes: [UInt8]([0xBD, 0x84, 0x40, 0xA1]), value: Int64(1_000_000)),
        (bytes: [UInt8]([0x81]), value: Int64(1)),
        (bytes: [UInt8]([0x81, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01]), value: Int64(1) << 57 | 1),
    ])
    func firstVarintReadsSQLiteVarints(bytes: [UInt8], value: Int64) {
        #expect(ItemSearchSchema.firstVarint(bytes) == value)
    }
}
