import Foundation
import Testing
@testable import Store

@Suite struct ExportTests {
    static func exported(_ store: EarshotStore, _ format: ExportFormat = .jsonl, query: String = "") throws -> String {
        var text = ""
        try store.export(format, query: try Query(parsing: query)) { text += $0 }
        return text
    }

    /// The small store after a day of triage through the write API.
    static func triagedStore() throws -> (EarshotStore, TemporaryFolder) {
        let (store, folder) = try Fixtures.store(user: "sam")
        try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore)
        try store.apply(ItemChange(status: .waiting(until: Fixtures.date("2026-04-01")), assignee: .user("ana"),
                                   addTags: ["vip", "brunch"], note: "Line one\nline two \u{1B}[2J \u{202E}"), to: "R2")
        try store.apply(ItemChange(status: .duplicate(of: "R3")), to: "R1")
        try store.apply(ItemChange(status: .duplicate(of: "R5")), to: "R3")
        try store.openComplaint(from: "R5", ComplaintDraft(severity: .critical, note: "Called Lee"))
        try store.apply(ComplaintChange(status: .resolved, resolution: "Refund"), to: "C3")
        try store.createFollowUp(for: "P1", FollowUpDraft(due: Fixtures.date("2026-03-21"), channel: .gift))
        try store.apply(FollowUpChange(status: .done, outcome: "She loved it", note: "Sent flowers"), to: "F2")
        return (store, folder)
    }

    @Test func jsonLinesRoundTripsThroughImport() throws {
        let (store, folder) = try Self.triagedStore()
        defer { folder.remove() }
        let first = try Self.exported(store)
        let copy = try EarshotStore.open(at: folder.file("copy.db"), createIfMissing: true, user: "other")
        let report = try Fixtures.importText(copy, "export.jsonl", first)
        #expect(report.committed && report.errors.isEmpty, "\(report.errors)")
        let second = try Self.exported(copy)
        #expect(second == first)
        let lines = first.split(separator: "\n")
        #expect(lines.count == 2 + 2 + 5 + 4 + 4)
        #expect(lines.first?.hasPrefix(#"{"type":"brand","id":"B1","name":"Crumb & Kettle","own":true"#) == true)
        print("export round trip: \(lines.count) records, export → import → export identical (\(first.utf8.count) bytes)")
    }

    @Test func importingAnExportIntoTheSameStoreAddsNothing() throws {
        let (store, folder) = try Self.triagedStore()
        defer { folder.remove() }
        let before = try Self.exported(store)
        let report = try Fixtures.importText(store, "again.jsonl", before)
        #expect(report.imported.total == 0 && report.errors.isEmpty, "\(report)")
        #expect(try Self.exported(store) == before)
    }

    @Test func hostileTextIsEscapedInJSONAndComesBackByteForByte() throws {
        let (store, folder) = try Self.triagedStore()
        defer { folder.remove() }
        let text = try Self.exported(store, query: "status:waiting")
        #expect(text.contains(#"line two \u001b[2J \u202e""#))
        #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
        let copy = try EarshotStore.open(at: folder.file("copy.db"), createIfMissing: true)
        #expect(try Fixtures.importText(copy, "x.jsonl", text).committed)
        #expect(try copy.reviewDetail(id: "R2")?.notes.first?.text == "Line one\nline two \u{1B}[2J \u{202E}")
    }

    @Test func aQueryExportsTheItemsAndWhatTheyNeed() throws {
        let (store, folder) = try Self.triagedStore()
        defer { folder.remove() }
        let text = try Self.exported(store, query: "brand:B2")
        let types = text.split(separator: "\n").map { line -> String in
            String(line.split(separator: ",")[0].dropFirst(9).dropLast())
        }
        #expect(types == ["brand", "customer", "item", "item", "complaint", "complaint", "followup"])
        let copy = try EarshotStore.open(at: folder.file("part.db"), createIfMissing: true)
        let report = try Fixtures.importText(copy, "part.jsonl", text)
        #expect(report.committed && report.errors.isEmpty, "\(report.errors)")
        #expect(try copy.reviewCount(ListFilter()) == 2)
    }

    @Test(arguments: [
        ("=1+1", "'=1+1"), ("+cmd", "'+cmd"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
        ("\rx", "'\rx"), ("-0.42", "-0.42"), ("1e5", "1e5"), ("plain", "plain"), ("a=b", "a=b"), ("", ""),
    ])
    func formulaCellsAreNeutralised(cell: String, expected: String) {
        #expect(CSVExport.neutralised(cell) == expected)
    }

    @Test func csvQuotesLikeRFC4180AndImportsAgain() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        try Fixtures.importText(store, "tricky.jsonl", """
            {"type":"brand","id":"B1","name":"Café, \\"The\\" One","own":true}
            {"id":"R1","brand":"B1","source":"google","author":"=HYPERLINK(\\"http://x\\")","text":"Line 1\\nLine 2, with \\"quotes\\"","rating":2,"posted":"2026-03-01T10:00:00Z","tags":["a","b"]}
            """)
        let csv = try Self.exported(store, .csv)
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0] == CSVExport.columns.joined(separator: ","))
        #expect(csv.contains(#""'=HYPERLINK(""http://x"")""#))
        #expect(csv.contains("\"Line 1\nLine 2, with \"\"quotes\"\"\""))
        #expect(csv.contains(#""Café, ""The"" One""#))
        let copy = try EarshotStore.open(at: folder.file("copy.db"), createIfMissing: true)
        let report = try copy.importFiles([Fixtures.input("export.csv", csv)])
        #expect(report.committed && report.imported.items == 1, "\(report.errors)")
        let item = try #require(try copy.reviewDetail(id: "R1"))
        #expect(item.row.text == "Line 1\nLine 2, with \"quotes\"" && item.tags == ["a", "b"] && item.row.rating == 2)
        #expect(item.row.author == "'=HYPERLINK(\"http://x\")", "the documented prefix is the one difference")
    }

    @Test func aDuplicateCycleIsRefused() throws {
        let (store, folder) = try Self.triagedStore()
        defer { folder.remove() }
        #expect {
            try store.apply(ItemChange(status: .duplicate(of: "R1")), to: "R5")
        } throws: { error in
            if case StoreError.invalidChange(let message) = error { return message.contains("R1") }
            return false
        }
    }
}
