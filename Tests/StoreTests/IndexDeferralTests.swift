import Foundation
import GRDB
import Testing
@testable import Store

/// A big import into a small store drops the secondary indexes of the tables it fills and
/// creates them at its end, and every import drops the triggers that stand aside for it: the
/// store ends with the same indexes, triggers and answers, and an import that fails keeps them.
@Suite struct IndexDeferralTests {
    static let itemCount = ItemTagging.windowSize + 5

    static func lines() -> [String] {
        var lines = (1...itemCount).map { number in
            let label = number.isMultiple(of: 3) ? "The coffee was cold and the staff were rude" : "Lovely flat white"
            return #"{"id":"R\#(number)","brand":"Cafe","source":"google","author":"A\#(number)","text":"\#(label) \#(number)","posted":"2026-03-\#(10 + number % 9)T09:00:00Z","tags":["t\#(number % 4)"],"notes":[{"author":"sam","at":"2026-03-20T08:00:00Z","text":"Called \#(number)"}]}"#
        }
        lines.append(#"{"type":"complaint","id":"C1","items":["R2"],"category":"service","summary":"Slow","opened":"2026-03-11T10:00:00Z"}"#)
        return lines
    }

    static func importLines(_ store: EarshotStore, _ folder: TemporaryFolder, _ lines: [String],
                            deferring: Bool) throws -> ImportReport {
        let path = folder.file("items.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        return try store.importFiles([path], options: Fixtures.options(deferringIndexes: deferring))
    }

    static func schema(_ store: EarshotStore) throws -> [String] {
        try store.pool.read { db in
            try String.fetchAll(db, sql: "SELECT name || ': ' || sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name")
        }
    }

    /// What the lists and summaries answer, read through the indexes.
    static func answers(_ store: EarshotStore) throws -> [String] {
        let queries = ["label:neg", "status:new", "tag:t1", "source:google", "is:complaint", "rude", "called"]
        var out = try queries.map { text in
            let query = try Query(parsing: text)
            return "\(text)=\(try store.reviewCount(ListFilter(query: query)))"
        }
        out += try store.brandSummaries(now: Fixtures.date("2026-03-25T00:00:00Z")).map { "\($0)" }
        return out
    }

    @Test func aDeferredImportEndsWithTheSameIndexesTriggersAndAnswers() throws {
        let (plain, plainFolder) = try Fixtures.store()
        defer { plainFolder.remove() }
        let (deferred, deferredFolder) = try Fixtures.store()
        defer { deferredFolder.remove() }
        let schemaBefore = try Self.schema(deferred)
        #expect(try Self.importLines(plain, plainFolder, Self.lines(), deferring: false).committed)
        let report = try Self.importLines(deferred, deferredFolder, Self.lines(), deferring: true)
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.committed)
        #expect(try Self.schema(deferred) == schemaBefore)
        #expect(try Self.schema(plain) == schemaBefore)
        #expect(try Self.answers(deferred) == Self.answers(plain))
        let check = try deferred.pool.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }
        #expect(check == "ok")
    }

    @Test func aFailedDeferredImportKeepsTheIndexesAndTriggers() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        let schemaBefore = try Self.schema(store)
        var lines = Self.lines()
        lines.append(#"{"id":"R999999","brand":"Cafe","text":"x","status":"duplicate","duplicate_of":"R888888"}"#)
        let report = try Self.importLines(store, folder, lines, deferring: true)
        #expect(!report.committed)
        #expect(try Self.schema(store) == schemaBefore)
        #expect(try store.reviewCount(ListFilter()) == 0)
    }

    @Test(arguments: [
        (inputBytes: 100 * IndexDeferral.bytesPerRecord, storeItems: Int64(0), minimum: 50, pays: true),
        (inputBytes: 100 * IndexDeferral.bytesPerRecord, storeItems: Int64(100), minimum: 50, pays: true),
        (inputBytes: 100 * IndexDeferral.bytesPerRecord, storeItems: Int64(101), minimum: 50, pays: false),
        (inputBytes: 40 * IndexDeferral.bytesPerRecord, storeItems: Int64(0), minimum: 50, pays: false),
    ])
    func deferringPaysOnlyForABigImportIntoASmallerStore(
        _ size: (inputBytes: Int, storeItems: Int64, minimum: Int, pays: Bool)
    ) {
        #expect(IndexDeferral.pays(inputBytes: size.inputBytes, storeItems: size.storeItems,
                                   minimumRecords: size.minimum) == size.pays)
    }
}
