import Foundation
import GRDB
import Testing
@testable import Store

/// A big import into a store with no indexed item builds the item search index on a thread of
/// its own, in a temporary database, and copies it in at the end: the store's index must then
/// answer as if the writer had built it, stay usable by later imports, and a rolled-back import
/// must leave the store's index and no temporary file behind.
@Suite struct ItemSearchBuildTests {
    static let itemCount = ItemTagging.windowSize + 7

    static func lines(from first: Int = 1, count: Int = itemCount) -> [String] {
        (first..<(first + count)).map { number in
            let text = switch number % 4 {
            case 0: "The coffee was cold and the staff were rude"
            case 1: "Lovely flat white at the café"
            case 2: "Crème brûlée was perfect, café crème too"
            default: "Queue out of the door but worth it"
            }
            let title = number.isMultiple(of: 5) ? #","title":"Visit \#(number % 7) naïve""# : ""
            return #"{"id":"R\#(number)","brand":"Cafe","source":"google","author":"Zoë \#(number % 11)","text":"\#(text) \#(number)"\#(title),"posted":"2026-03-\#(10 + number % 9)T09:00:00Z","notes":[{"author":"sam","at":"2026-03-20T08:00:00Z","text":"Called \#(number)"}]}"#
        }
    }

    /// Imports `lines` with deferral forced on (`aside`) or off, the temporary database in
    /// `temporary` (else `folder`, where the input is written).
    static func importLines(_ store: EarshotStore, _ folder: String, _ lines: [String], aside: Bool,
                            temporary: String? = nil, dryRun: Bool = false) throws -> ImportReport {
        let path = folder + "/items-\(UUID().uuidString).jsonl"
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var options = Fixtures.options(deferringIndexes: aside)
        options.dryRun = dryRun
        options.temporaryFolder = temporary ?? folder
        return try store.importFiles([path], options: options)
    }

    /// The rowids each query matches, in rank order (which reads the per-item sizes and the
    /// averages as well as the terms).
    static func matches(_ store: EarshotStore) throws -> [String] {
        let queries = ["coffee", "cafe", "café", "creme", "brûlée", "naive", "title:visit", "author:zoë", "\"zoe 3\"",
                       "cold OR lovely", "worth NOT visit"]
        return try store.pool.read { db in
            try queries.map { query in
                let ids = try Int64.fetchAll(db, sql: "SELECT rowid FROM item_fts WHERE item_fts MATCH ? ORDER BY rank, rowid",
                                             arguments: [query])
                return "\(query): \(ids.count) \(ids)"
            }
        }
    }

    /// Each query of `matches` with its count alone, for messages.
    static func counts(_ matches: [String]) -> [String] {
        matches.map { String($0.prefix { $0 != "[" }.dropLast()) }
    }

    static func integrityCheck(_ store: EarshotStore) throws {
        try store.pool.write { db in
            try db.execute(sql: "INSERT INTO item_fts(item_fts) VALUES ('integrity-check')")
        }
    }

    /// Every row of the item index's tables.
    static func indexRows(_ store: EarshotStore) throws -> [String] {
        try store.pool.read { db in
            let sizes = try ItemSearchSchema.keepsColumnSizes(db, index: "item_fts")
            return try ItemSearchBuild.shadowTables(keepingColumnSizes: sizes).flatMap { table in
                try Row.fetchAll(db, sql: "SELECT * FROM \(table)").map { "\(table) \($0)" }
            }
        }
    }

    static func leftovers(_ folder: TemporaryFolder) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("earshot-search-") }
    }

    @Test func anIndexBuiltAsideAnswersAsTheWritersDoes() throws {
        let (plain, plainFolder) = try Fixtures.store()
        defer { plainFolder.remove() }
        let (aside, asideFolder) = try Fixtures.store()
        defer { asideFolder.remove() }
        #expect(try Self.importLines(plain, plainFolder.path, Self.lines(), aside: false).committed)
        // The writer's connection reads the empty index first, as after items were all deleted.
        try Self.integrityCheck(aside)
        let report = try Self.importLines(aside, asideFolder.path, Self.lines(), aside: true)
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.committed)
        #expect(try Self.leftovers(asideFolder).isEmpty)
        try Self.integrityCheck(aside)
        let matches = try Self.matches(aside)
        #expect(matches == (try Self.matches(plain)))
        #expect(Self.counts(matches).allSatisfy { !$0.hasSuffix(": 0") }, "\(Self.counts(matches))")
        // A later import indexes through the same connection's view of the table.
        let more = Self.lines(from: Self.itemCount + 1, count: 40)
        #expect(try Self.importLines(plain, plainFolder.path, more, aside: false).committed)
        #expect(try Self.importLines(aside, asideFolder.path, more, aside: false).committed)
        try Self.integrityCheck(aside)
        #expect(try Self.matches(aside) == (try Self.matches(plain)))
        #expect(try aside.reviewCount(ListFilter(query: Query(parsing: "café naive"))) ==
            (try plain.reviewCount(ListFilter(query: Query(parsing: "café naive")))))
    }

    /// A store whose index already has items is indexed by the writer, as before: no temporary
    /// database is made (its folder does not exist), which a new store's import needs.
    @Test func aStoreWithIndexedItemsIsIndexedByTheWriter() throws {
        let (plain, plainFolder) = try Fixtures.store()
        defer { plainFolder.remove() }
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        let missing = folder.file("missing")
        let first = Self.lines(count: 30)
        let rest = Self.lines(from: 31, count: Self.itemCount)
        #expect(try Self.importLines(plain, plainFolder.path, first, aside: false).committed)
        #expect(try Self.importLines(plain, plainFolder.path, rest, aside: false).committed)
        #expect(try Self.importLines(store, folder.path, first, aside: false).committed)
        let report = try Self.importLines(store, folder.path, rest, aside: true, temporary: missing)
        #expect(report.committed, "\(report.errors)")
        try Self.integrityCheck(store)
        #expect(try Self.matches(store) == (try Self.matches(plain)))

        let (empty, emptyFolder) = try Fixtures.store()
        defer { emptyFolder.remove() }
        #expect(throws: StoreError.self) {
            try Self.importLines(empty, emptyFolder.path, rest, aside: true, temporary: missing)
        }
        #expect(try empty.reviewCount(ListFilter()) == 0)
    }

    @Test(arguments: [false, true])
    func aRolledBackImportLeavesTheIndexAsItWas(dryRun: Bool) throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        let before = try Self.indexRows(store)
        var lines = Self.lines()
        if !dryRun {
            lines.append(#"{"id":"R999999","brand":"Cafe","text":"x","status":"duplicate","duplicate_of":"R888888"}"#)
        }
        let report = try Self.importLines(store, folder.path, lines, aside: true, dryRun: dryRun)
        #expect(!report.committed)
        if dryRun { #expect(report.imported.items == Self.itemCount) }
        #expect(try Self.indexRows(store) == before)
        #expect(try Self.leftovers(folder).isEmpty)
        try Self.integrityCheck(store)
        // The table is whole again: a later import built aside commits and answers.
        #expect(try Self.importLines(store, folder.path, Self.lines(), aside: true).committed)
        try Self.integrityCheck(store)
        #expect(try Self.counts(Self.matches(store)).allSatisfy { !$0.hasSuffix(": 0") })
    }
}
