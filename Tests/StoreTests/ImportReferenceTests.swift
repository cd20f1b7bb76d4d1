import Foundation
import GRDB
import Testing
@testable import Store

/// An import writes with SQLite's foreign-key checks off (the writer resolves every reference
/// itself): every row it adds still points at a row that exists, and the checks are on again
/// for whatever the store does next.
@Suite struct ImportReferenceTests {
    /// Rows of the second import point at rows of the first: an item by handle, a duplicate,
    /// a complaint and a follow-up on earlier items, notes on each.
    static let laterFile = """
        {"type":"item","id":"R6","brand":"Crumb and Kettle","source":"google","author":"Maya O.","rating":2,"text":"Milk was off today.","posted":"2026-03-15T09:00:00Z","notes":[{"text":"Asked the bar"}]}
        {"type":"item","id":"R7","brand":"B2","source":"yelp","author":"Tom","text":"Cold coffee again.","posted":"2026-03-16T09:00:00Z","status":"duplicate","duplicate_of":"R6","tags":["again"]}
        {"type":"complaint","id":"C4","brand":"B1","items":["R6"],"category":"quality","summary":"Milk off","opened":"2026-03-15T10:00:00Z","notes":[{"text":"Binned the carton"}]}
        {"type":"followup","id":"F4","item":"R6","complaint":"C4","channel":"call","due":"2026-03-17","reason":"Say sorry","notes":[{"text":"Left a message"}]}
        """

    static func danglingReferences(_ store: EarshotStore) throws -> [String] {
        try store.pool.read { db in
            try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { "\($0)" }
        }
    }

    @Test(arguments: [false, true])
    func importedRowsPointAtRowsThatExist(deferringIndexes: Bool) throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        let options = Fixtures.options(deferringIndexes: deferringIndexes)
        let first = try Fixtures.importText(store, "first.jsonl", Fixtures.smallStore, options: options)
        #expect(first.committed && first.errors.isEmpty, "\(first.errors)")
        // File ids are per import: the second names the first's rows as the store knows them.
        let later = Self.laterFile.replacingOccurrences(of: #""brand":"B1""#, with: #""brand":"Crumb & Kettle""#)
            .replacingOccurrences(of: #""brand":"B2""#, with: #""brand":"Bean There""#)
        let second = try Fixtures.importText(store, "later.jsonl", later, options: options)
        #expect(second.committed && second.errors.isEmpty, "\(second.errors)")
        #expect(second.imported.items == 2)
        #expect(try Self.danglingReferences(store) == [])
        let linked = try store.pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT (SELECT COUNT(*) FROM item WHERE customer_id IS NOT NULL) AS customers,
                       (SELECT COUNT(*) FROM item WHERE duplicate_of IS NOT NULL) AS duplicates,
                       (SELECT COUNT(*) FROM note) AS notes
                """).map { "\($0)" }
        }
        #expect(linked == ["[customers:3 duplicates:1 notes:4]"])
    }

    static func connectionSettings(_ store: EarshotStore) throws -> [Int] {
        try store.pool.writeWithoutTransaction { db in
            try ["cache_size", "temp_store", "threads", "foreign_keys"].map { try Int.fetchOne(db, sql: "PRAGMA \($0)") ?? -1 }
        }
    }

    @Test(arguments: [false, true])
    func theChecksAndSettingsAreBackAfterAnImport(deferringIndexes: Bool) throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        let before = try Self.connectionSettings(store)
        try Fixtures.importText(store, "first.jsonl", Fixtures.smallStore,
                                options: Fixtures.options(deferringIndexes: deferringIndexes))
        #expect(try Self.connectionSettings(store) == before)
        #expect(before.last == 1)
        #expect(throws: DatabaseError.self) {
            try store.pool.write { db in
                try db.execute(sql: "INSERT INTO item_tag (item_id, tag) VALUES (999999, 'orphan')")
            }
        }
    }
}
