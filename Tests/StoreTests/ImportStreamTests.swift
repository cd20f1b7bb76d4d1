import Foundation
import Testing
@testable import Store

/// Imports read from files a window of records at a time while earlier windows are written:
/// references reach back across windows, new numbers still start above every id the input
/// claims (also ids further on), and one bad record anywhere keeps the whole import out.
@Suite struct ImportStreamTests {
    /// Items past the first window, so that every test crosses a window's edge.
    static let itemCount = ItemTagging.windowSize * 2 + 5

    static func item(_ number: Int, extra: String = "") -> String {
        #"{"id":"R\#(number)","brand":"Cafe","source":"google","author":"A\#(number)","text":"Flat white \#(number) was lovely","posted":"2026-03-10T09:00:00Z"\#(extra)}"#
    }

    /// Writes `lines` to a file in `folder` and imports it by path, as `earshot import` does.
    static func importFile(_ store: EarshotStore, _ folder: TemporaryFolder, _ lines: [String],
                           name: String = "items.jsonl") throws -> ImportReport {
        let path = folder.file(name)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        return try store.importFiles([path])
    }

    @Test func referencesReachRecordsOfEarlierWindows() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        var lines = (1...Self.itemCount).map { Self.item($0) }
        lines.append(Self.item(Self.itemCount + 1, extra: #","status":"duplicate","duplicate_of":"R1""#))
        lines.append(#"{"type":"complaint","id":"C1","items":["R2","R\#(Self.itemCount)"],"category":"service","summary":"Slow","opened":"2026-03-11T10:00:00Z"}"#)
        lines.append(#"{"type":"followup","id":"F1","item":"R3","complaint":"C1","channel":"call","due":"2026-03-12"}"#)
        let report = try Self.importFile(store, folder, lines)
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.committed)
        #expect(report.imported.items == Self.itemCount + 1)
        #expect(report.imported.complaints == 1)
        #expect(report.imported.followUps == 1)
        let complaint = try #require(try store.complaintDetail(id: "C1"))
        #expect(Set(complaint.items.map(\.id)) == ["R2", "R\(Self.itemCount)"])
        #expect(complaint.followUpIDs == ["F1"])
        #expect(try store.reviewCount(ListFilter()) == Self.itemCount + 1)
    }

    @Test(arguments: [
        #","rating":9"#,                                       // caught while reading
        #","status":"duplicate","duplicate_of":"R999999""#,    // caught while writing
    ])
    func aBadRecordAtTheEndOfABigFileLeavesTheStoreUntouched(bad: String) throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        var lines = (1...Self.itemCount).map { Self.item($0) }
        lines.append(Self.item(Self.itemCount + 1, extra: bad))
        let report = try Self.importFile(store, folder, lines)
        #expect(!report.committed)
        #expect(report.errors.map(\.line) == [Self.itemCount + 1])
        #expect(report.errors.first?.file == folder.file("items.jsonl"))
        #expect(try store.reviewCount(ListFilter()) == 0)
        #expect(try store.brandSummaries(now: Date()).isEmpty)
    }

    @Test func aTakenIDGetsANumberAboveIDsClaimedFurtherOn() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        try #require(try Self.importFile(store, folder, [Self.item(1)], name: "first.jsonl").committed)
        let last = Self.itemCount + 100
        var lines = [#"{"id":"R1","brand":"Cafe","source":"yelp","author":"Z","text":"A different first item","posted":"2026-03-10T09:00:00Z"}"#]
        lines += (2...Self.itemCount).map { Self.item($0) }
        lines.append(Self.item(last))
        lines.append(#"{"type":"complaint","id":"C1","items":["R1"],"category":"service","summary":"Slow","opened":"2026-03-11T10:00:00Z"}"#)
        let report = try Self.importFile(store, folder, lines)
        #expect(report.errors.isEmpty, "\(report.errors)")
        let moved = try #require(try store.reviewDetail(id: "R\(last + 1)"))
        #expect(moved.row.text == "A different first item")
        let complaint = try #require(try store.complaintDetail(id: "C1"))
        #expect(complaint.items.map(\.id) == ["R\(last + 1)"])
    }

    @Test func reImportingABigFileAddsNothing() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        let lines = (1...Self.itemCount).map { Self.item($0) }
        try #require(try Self.importFile(store, folder, lines).committed)
        let again = try Self.importFile(store, folder, lines)
        #expect(again.imported.items == 0)
        #expect(again.duplicates == Self.itemCount)
        #expect(try store.reviewCount(ListFilter()) == Self.itemCount)
    }
}
