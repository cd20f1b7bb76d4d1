import Foundation
import GRDB
import Testing
@testable import Store

@Suite struct StoreOpeningTests {
    @Test func settingsAreAssertedAndReadBackAtOpen() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        let (writer, reader) = try store.pragmas()
        for settings in [writer, reader] {
            #expect(settings.journalMode == "wal")
            #expect(settings.busyTimeoutMilliseconds >= 5000)
            #expect(settings.foreignKeys)
            #expect(settings.synchronous == StorePragmas.synchronousNormal)
        }
    }

    @Test func aNewStoreHasLargePagesAndAnOldOneKeepsItsOwn() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        let pageSize = try store.pool.read { try Int.fetchOne($0, sql: "PRAGMA page_size") }
        #expect(pageSize == EarshotStore.pageSize)

        let oldPath = folder.file("old.db")
        let old = try DatabaseQueue(path: oldPath)
        try old.writeWithoutTransaction { try $0.execute(sql: "PRAGMA page_size = 4096; PRAGMA journal_mode = WAL") }
        try old.close()
        let reopened = try EarshotStore.open(at: oldPath)
        #expect(try reopened.pool.read { try Int.fetchOne($0, sql: "PRAGMA page_size") } == 4096)
    }

    @Test(arguments: [(false, 0o600 as mode_t), (true, 0o660 as mode_t)])
    func newStoreFilesGetTheirMode(shared: Bool, mode: mode_t) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("team/earshot.db")
        let store = try EarshotStore.open(at: path, createIfMissing: true, shared: shared)
        try Fixtures.importText(store, "one.jsonl", #"{"brand":"Cafe","text":"Nice.","posted":"2026-01-01"}"#)
        #expect(StoreFile.permissions(at: path) == mode)
        #expect(StoreFile.permissions(at: path + "-wal") == mode)
        #expect(StoreFile.permissions(at: path + "-shm") == mode)
    }

    @Test func aMissingStoreIsNotCreatedUnlessAsked() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("none.db")
        #expect(throws: StoreError.missing(path: path)) { try EarshotStore.open(at: path) }
        #expect(!EarshotStore.exists(at: path))
        #expect(StoreError.missing(path: path).exitCode == 1)
    }

    @Test func aStoreReopensWithItsData() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore)
        let reopened = try EarshotStore.open(at: store.path)
        #expect(try reopened.reviewCount(ListFilter()) == 5)
    }

    @Test func aFileThatIsNotSQLiteIsReportedDamaged() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("notes.db", String(repeating: "not a database\n", count: 100))
        #expect {
            try EarshotStore.open(at: path)
        } throws: { error in
            guard let error = error as? StoreError, case .damaged = error else { return false }
            return error.exitCode == 4
        }
    }

    @Test func anotherProgramsDatabaseIsRefusedAndLeftAlone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("other.db")
        let other = try DatabaseQueue(path: path)
        try other.write { try $0.execute(sql: "CREATE TABLE contacts (name TEXT)") }
        try other.close()
        #expect(throws: StoreError.notAStore(path: path)) { try EarshotStore.open(at: path) }
        let check = try DatabaseQueue(path: path)
        let journal = try check.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(journal == "delete")
    }

    @Test(arguments: [
        (["EARSHOT_STORE": "/srv/team/earshot.db", "XDG_DATA_HOME": "/x", "HOME": "/users/a"], "/srv/team/earshot.db"),
        (["XDG_DATA_HOME": "/data/", "HOME": "/users/a"], "/data/earshot/earshot.db"),
        (["XDG_DATA_HOME": "relative", "HOME": "/users/a"], "/users/a/.local/share/earshot/earshot.db"),
        (["EARSHOT_STORE": "", "HOME": "/users/a"], "/users/a/.local/share/earshot/earshot.db"),
    ])
    func defaultPathFollowsTheBrief(environment: [String: String], expected: String) {
        #expect(EarshotStore.defaultPath(environment: environment) == expected)
    }

    @Test func theUserComesFromEarshotUserFirst() {
        #expect(StoreUser.current(environment: ["EARSHOT_USER": "maya", "USER": "root"]) == "maya")
        #expect(!StoreUser.current(environment: [:]).isEmpty)
    }

    @Test func shortIDsParseAndPrint() {
        #expect(ShortID("r12") == ShortID(kind: .item, number: 12))
        #expect(ShortID(" C7 ")?.description == "C7")
        #expect(ShortID("R") == nil)
        #expect(ShortID("R0") == nil)
        #expect(ShortID("X12") == nil)
        #expect(ShortID("R12", kind: .brand) == nil)
    }
}
