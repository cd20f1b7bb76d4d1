import Foundation
import Testing
@testable import Store

@Suite struct ImportValidationTests {
    static let badFile = """
        {"type":"brand","id":"B1","name":"Cafe","own":true}
        {"brand":"B1","text":"Fine","posted":"2026-01-01"}
        {"brand":"B1","text":"Meh","rating":7,"posted":"2026-01-02"}
        {"brand":"B9","text":"Who?","posted":"2026-01-03"}
        {"brand":"B1","title":"No text","posted":"2026-01-04T25:00:00Z"}
        {"type":"complaint","brand":"B1","items":["R77"],"category":"speed","summary":"Slow","opened":"2026-01-05T10:00:00Z"}
        """

    @Test func aBadFileChangesNothingAndNamesEveryLineAndField() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        let report = try Fixtures.importText(store, "bad.jsonl", Self.badFile)
        #expect(!report.committed)
        #expect(report.rejected == 4)
        #expect(report.errors.map(\.description) == [
            "bad.jsonl:3: rating: must be a whole number from 1 to 5, or empty",
            "bad.jsonl:4: brand: no brand 'B9': define it earlier in the file, import it first, or use the brand's name",
            "bad.jsonl:5: text: is missing: every item needs one",
            "bad.jsonl:5: posted: '2026-01-04T25:00:00Z' is not an ISO 8601 time: write it like 2026-03-14T09:12:00Z or 2026-03-14",
            "bad.jsonl:6: items: no item 'R77': define it earlier in the file or import it first",
        ])
        #expect(try store.reviewCount(ListFilter()) == 0)
        #expect(try store.brandSummaries(now: Date()).isEmpty)
    }

    @Test func skipBadImportsTheGoodRecordsAndWritesTheRejects() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        let rejects = folder.file("rejects.jsonl")
        let report = try Fixtures.importText(store, "bad.jsonl", Self.badFile, options: ImportOptions(skipBadTo: rejects))
        #expect(report.committed)
        #expect(report.imported.items == 1 && report.imported.brands == 1)
        #expect(report.rejected == 4)
        let lines = try String(contentsOfFile: rejects, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[0].contains(#""line":3"#) && lines[0].contains("rating: must be a whole number"))
        #expect(lines[0].contains(#"\"rating\":7"#))
    }

    @Test func aRecordReferringToARejectedOneSaysSo() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        let text = """
            {"type":"brand","id":"B1","name":"Cafe"}
            {"id":"R1","brand":"B1","text":"Bad","rating":0}
            {"type":"followup","item":"R1","channel":"call","due":"2026-02-01"}
            """
        let report = try Fixtures.importText(store, "f.jsonl", text)
        #expect(report.errors.last?.description == "f.jsonl:3: item: refers to R1, which was rejected (line 2)")
    }

    @Test func dryRunCountsButChangesNothing() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        let report = try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore, options: ImportOptions(dryRun: true))
        #expect(!report.committed)
        #expect(report.imported.items == 5)
        #expect(try store.reviewCount(ListFilter()) == 0)
    }

    @Test func invalidUTF8IsReportedWithItsByteOffset() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        let good = Array(#"{"brand":"Cafe","text":"ok"}"#.utf8) + [0x0A]
        let bad = Array(#"{"brand":"Cafe","text":"caf"#.utf8) + [0xE9] + Array(#""}"#.utf8) + [0x0A]
        let input = ImportInput(name: "latin1.jsonl", bytes: good + bad)
        let report = try store.importFiles([input])
        let offset = good.count + #"{"brand":"Cafe","text":"caf"#.utf8.count
        #expect(report.errors.map(\.description) == [
            "latin1.jsonl:2: invalid UTF-8 at byte \(offset): save the file as UTF-8 (it may be Latin-1 or Windows-1252)",
        ])
        #expect(try store.reviewCount(ListFilter()) == 0)
    }

    @Test func oversizedAndNULFieldsAreRejected() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        let long = String(repeating: "a", count: 100 * 1024 + 1)
        let text = """
            {"brand":"Cafe","text":"\(long)"}
            {"brand":"Cafe","text":"nul \\u0000 here"}
            """
        let report = try Fixtures.importText(store, "big.jsonl", text)
        #expect(report.errors.map(\.description) == [
            "big.jsonl:1: text: is 102401 bytes long; the limit is 100 KB: shorten it",
            "big.jsonl:2: text: contains a NUL character (\\u0000): remove it",
        ])
    }

    @Test(arguments: [
        (#"{"text": "a" "brand": "x"}"#, "x.jsonl:1: invalid JSON at column 14: expected ',' or '}' but found '\"'"),
        (#"{"text": "\ud800", "brand": "x"}"#, "x.jsonl:1: invalid JSON at column 17: lone surrogate \\ud800 (not a character)"),
        (#"{"text": "a", "TEXT": "b"}"#, "x.jsonl:1: invalid JSON at column 15: field \"TEXT\" appears twice"),
        (#"{"text": "a", "rating": 1e400}"#, "x.jsonl:1: invalid JSON at column 25: number 1e400 is out of range"),
        ("[1, 2]", "x.jsonl:1: expected a JSON object {…} but found a list"),
        (#"{"type": "review", "text": "a"}"#, "x.jsonl:1: type: 'review' is not one of brand, customer, item, complaint, followup"),
        (String(repeating: "[", count: 100), "x.jsonl:1: invalid JSON at column 65: nested deeper than 64 levels"),
    ])
    func malformedJSONGetsAPreciseMessage(text: String, expected: String) throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        let report = try Fixtures.importText(store, "x.jsonl", text)
        #expect(report.errors.map(\.description) == [expected])
    }

    @Test func aBrokenLineDoesNotHideTheNextOnes() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        let text = "{\"brand\":\"Cafe\",\"text\":\"ok\"}\n{\"brand\": oops\n{\"brand\":\"Cafe\",\"text\":\"ok too\",\"rating\":9}\n"
        let report = try Fixtures.importText(store, "x.jsonl", text)
        #expect(report.errors.map(\.line) == [2, 3])
    }

    @Test func aBadSecondFileKeepsTheFirstOutToo() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        let report = try store.importFiles([
            Fixtures.input("good.jsonl", #"{"brand":"Cafe","text":"fine"}"#),
            Fixtures.input("bad.csv", "text,stars\nhm,6\n"),
        ])
        #expect(!report.committed)
        #expect(report.errors.map(\.description) == ["bad.csv:2: stars: must be a whole number from 1 to 5, or empty"])
        #expect(try store.reviewCount(ListFilter()) == 0)
    }

    @Test func aStatusThatNeedsADateSaysSo() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        let report = try Fixtures.importText(store, "w.jsonl", #"{"brand":"Cafe","text":"x","status":"waiting"}"#)
        #expect(report.errors.first?.description == "w.jsonl:1: waiting_until: is missing: a waiting item needs the date to wait until")
    }

    @Test func unreadableFilesAreErrorsNotCrashes() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        let report = try store.importFiles([folder.file("nope.csv"), folder.path])
        #expect(report.errors.count == 2)
        #expect(report.errors[0].description.hasSuffix("nope.csv: no such file: check the path"))
        #expect(!report.committed)
    }

    @Test func utf16FilesAreRefusedWithAHint() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        let report = try store.importFiles([ImportInput(name: "u.csv", bytes: [0xFF, 0xFE, 0x74, 0x00])])
        #expect(report.errors.first?.message == "the file is UTF-16: save it as UTF-8 and import it again")
    }
}
