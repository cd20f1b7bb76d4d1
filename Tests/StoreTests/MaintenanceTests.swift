import Foundation
import GRDB
import Testing
@testable import Store

@Suite struct MaintenanceTests {
    static func smallStore() throws -> (EarshotStore, TemporaryFolder) {
        let (store, folder) = try Fixtures.store()
        try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore)
        try store.apply(ItemChange(note: "a note"), to: "R1")
        return (store, folder)
    }

    @Test func aHealthyStorePassesEveryCheck() throws {
        let (store, folder) = try Self.smallStore()
        defer { folder.remove() }
        let report = try store.doctor()
        #expect(report.isHealthy && report.problem == nil, "\(report.checks)")
        #expect(report.checks.map(\.name) == ["integrity_check", "foreign_key_check", "search index rows", "schema", "search index"])
        #expect(report.schemaVersion == StoreSchema.migrationNames.count)
        #expect(report.knownSchemaVersion == StoreSchema.migrationNames.count)
    }

    @Test func anItemMissingFromTheSearchIndexIsFound() throws {
        let (store, folder) = try Self.smallStore()
        defer { folder.remove() }
        try store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO item_fts(item_fts, rowid, title, text, author) SELECT 'delete', id, title, text, author FROM item WHERE id = 2
                """)
        }
        let report = try store.doctor()
        #expect(!report.isHealthy)
        #expect(report.problem?.contains("1 item(s) missing from the search index") == true, "\(report.problem ?? "")")
    }

    @Test func aRowPointingAtNothingIsFound() throws {
        let (store, folder) = try Self.smallStore()
        defer { folder.remove() }
        try store.pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: "DELETE FROM customer WHERE id = 2")
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        let report = try store.doctor()
        #expect(report.problem?.contains("foreign_key_check") == true)
    }

    @Test func aDamagedFileIsReportedAsDamaged() throws {
        let (store, folder) = try Self.smallStore()
        let path = store.path
        defer { folder.remove() }
        // Overwrite every page after the first: the header stays readable, the tables do not.
        try store.pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: 4096)
        try handle.write(contentsOf: Data(repeating: 0x5A, count: Int(size) - 4096))
        try handle.close()
        var damaged = false
        do {
            let reopened = try EarshotStore.open(at: path)
            damaged = try !reopened.doctor().isHealthy
        } catch let error as StoreError {
            damaged = error.exitCode == 4
        }
        #expect(damaged)
    }

    @Test func aBackupIsACheckedCopyThatDoctorAccepts() throws {
        let (store, folder) = try Self.smallStore()
        defer { folder.remove() }
        let target = folder.file("backup.db")
        let report = try store.backup(to: target)
        #expect(report.items == 5 && report.bytes > 0)
        #expect(StoreFile.permissions(at: target) == 0o600)
        let copy = try EarshotStore.open(at: target)
        #expect(try copy.doctor().isHealthy)
        #expect(try copy.reviewDetail(id: "R1")?.notes.count == 2)
        #expect(throws: StoreError.fileExists(path: target)) { try store.backup(to: target) }
    }
}
