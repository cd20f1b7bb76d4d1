import Foundation
import Testing
@testable import Store

/// Odd and malformed import files, each with its expected outcome: how many items it adds,
/// or the line and message of its first error (then nothing is added). Every file that
/// imports adds nothing the second time.
@Suite struct ImportCorpusTests {
    enum Outcome: Sendable, CustomStringConvertible {
        /// Committed, with this many items and no errors.
        case items(Int)
        /// Not committed; the first error is on `line` and its text contains `message`.
        case error(line: Int, message: String)

        var description: String {
            switch self {
            case .items(let count): return "\(count) items"
            case .error(let line, let message): return "error at line \(line): \(message)"
            }
        }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var file: String
        var bytes: [UInt8]
        var outcome: Outcome

        init(_ name: String, _ file: String, _ text: String, _ outcome: Outcome) {
            self.init(name, file, Array(text.utf8), outcome)
        }

        init(_ name: String, _ file: String, _ bytes: [UInt8], _ outcome: Outcome) {
            self.name = name
            self.file = file
            self.bytes = bytes
            self.outcome = outcome
        }

        var testDescription: String { name }
    }

    static let brand = #"{"type":"brand","id":"B1","name":"Cafe","own":true}"# + "\n"
    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    static let cases: [Case] = [
        Case("one JSON Lines record", "a.jsonl", brand + #"{"brand":"B1","text":"Nice."}"#, .items(1)),
        Case("JSON Lines with a BOM", "a.jsonl", bom + Array((brand + #"{"brand":"B1","text":"Nice."}"#).utf8), .items(1)),
        Case("JSON Lines with CRLF", "a.jsonl", brand.replacingOccurrences(of: "\n", with: "\r\n")
            + "{\"brand\":\"B1\",\"text\":\"a\"}\r\n{\"brand\":\"B1\",\"text\":\"b\"}\r\n", .items(2)),
        Case("JSON Lines with blank lines", "a.jsonl", brand + "\n\n{\"brand\":\"B1\",\"text\":\"a\"}\n   \n", .items(1)),
        Case("a JSON array", "a.json", #"[{"brand":"Cafe","text":"a"},{"brand":"Cafe","text":"b"}]"#, .items(2)),
        Case("a JSON array with a trailing comma", "a.json", "[{\"brand\":\"Cafe\",\"text\":\"a\"},\n]",
             .error(line: 2, message: "")),
        Case("an empty file", "a.jsonl", "", .items(0)),
        Case("only spaces and newlines", "a.jsonl", "  \n\n \r\n", .items(0)),
        Case("a CSV header only", "a.csv", "brand,text\r\n", .items(0)),
        Case("CSV with BOM and CRLF", "a.csv", bom + Array("brand,text,rating\r\nCafe,Lovely,5\r\nCafe,Meh,3\r\n".utf8), .items(2)),
        Case("CSV separated by semicolons", "a.csv", "brand;text;stars\nCafe;Good, really;4\n", .items(1)),
        Case("TSV", "a.tsv", "business\tcomment\nCafe\tFine\n", .items(1)),
        Case("CSV with quoted newlines and doubled quotes", "a.csv",
             "brand,text\n\"Cafe\",\"Line one\nLine \"\"two\"\"\"\nCafe,Next\n", .items(2)),
        Case("CSV with CR-only line ends", "a.csv", "brand,text\rCafe,One\rCafe,Two\r", .items(2)),
        Case("a CSV row with one field too many", "a.csv", "brand,text\nCafe,a\nCafe,b,extra\n",
             .error(line: 3, message: "expected 2 fields")),
        Case("a CSV row with one field too few", "a.csv", "brand,text,rating\nCafe,a,4\nCafe,b\n",
             .error(line: 3, message: "expected 3 fields")),
        Case("an unterminated CSV quote", "a.csv", "brand,text\nCafe,\"never closed\n", .error(line: 2, message: "")),
        Case("CSV without a text column", "a.csv", "brand,stars\nCafe,4\n", .error(line: 1, message: "no text column")),
        Case("CSV with two columns for the text", "a.csv", "review,text\na,b\n", .error(line: 1, message: "both give the text")),
        Case("a rating in words", "a.csv", "brand,text,rating\nCafe,Good,five\n", .error(line: 2, message: "whole number from 1 to 5")),
        Case("a rating written 4.0", "a.csv", "brand,text,rating\nCafe,Good,4.0\n", .items(1)),
        Case("a rating of 1e400", "a.jsonl", #"{"brand":"Cafe","text":"x","rating":1e400}"#, .error(line: 1, message: "")),
        Case("UTF-16 with a BOM", "a.csv", [0xFF, 0xFE] + Array("b\0r\0".utf8), .error(line: 0, message: "UTF-16")),
        Case("Latin-1 text", "a.csv", Array("brand,text\nCafe,caf".utf8) + [0xE9] + Array("\n".utf8),
             .error(line: 2, message: "byte")),
        Case("a NUL written as \\u0000", "a.jsonl", #"{"brand":"Cafe","text":"a\u0000b"}"#, .error(line: 1, message: "NUL")),
        Case("a lone surrogate \\ud800", "a.jsonl", #"{"brand":"Cafe","text":"a\ud800b"}"#, .error(line: 1, message: "")),
        Case("nesting 10,000 deep", "a.json", String(repeating: "[", count: 10_000), .error(line: 1, message: "")),
        Case("a record that is a list", "a.jsonl", brand + "[1,2]\n", .error(line: 2, message: "")),
        Case("an unknown record type", "a.jsonl", #"{"type":"review","text":"x"}"#, .error(line: 1, message: "is not one of")),
        Case("an item without text", "a.jsonl", brand + #"{"brand":"B1","rating":4}"#, .error(line: 2, message: "text")),
        Case("a 200 KB text", "a.jsonl", #"{"brand":"Cafe","text":""# + String(repeating: "x", count: 200 * 1024) + #""}"#,
             .error(line: 1, message: "limit")),
        Case("a 10 MB field in CSV", "a.csv", "brand,text\nCafe," + String(repeating: "y", count: 10 << 20) + "\n",
             .error(line: 2, message: "limit")),
        Case("waiting without a date", "a.jsonl", #"{"brand":"Cafe","text":"x","status":"waiting"}"#,
             .error(line: 1, message: "waiting_until")),
        Case("a customer that does not exist", "a.jsonl", brand + #"{"brand":"B1","text":"x","customer":"P99"}"#,
             .error(line: 2, message: "no customer 'P99'")),
        Case("the 30th of February", "a.jsonl", #"{"brand":"Cafe","text":"x","posted":"2026-02-30"}"#,
             .error(line: 1, message: "not an ISO 8601 time")),
        Case("a brand without a name", "a.jsonl", #"{"type":"brand","id":"B1"}"#, .error(line: 1, message: "name")),
        Case("an HTML page", "page.csv", "<html><body>Reviews</body></html>\n", .error(line: 1, message: "no text column")),
        Case("emoji, CJK and combining marks", "a.jsonl", #"{"brand":"Cafe","text":"☕️ 美味しい e\u0301 👩‍👩‍👧"}"#, .items(1)),
        Case("escape sequences and bidi controls", "a.jsonl", #"{"brand":"Cafe","text":"\u001b]0;pwned\u0007 \u202egnp.exe"}"#,
             .items(1)),
        Case("the same key twice", "a.jsonl", #"{"brand":"Cafe","text":"first","text":"second"}"#,
             .error(line: 1, message: "appears twice")),
        Case("a status in capitals", "a.jsonl", #"{"brand":"Cafe","text":"x","status":" DONE "}"#, .items(1)),
    ]

    @Test(arguments: cases)
    func eachFileHasItsExpectedOutcome(_ testCase: Case) throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        let input = ImportInput(name: testCase.file, bytes: testCase.bytes)
        let report = try store.importFiles([input])
        switch testCase.outcome {
        case .items(let count):
            #expect(report.committed && report.errors.isEmpty, "\(report.errors)")
            #expect(report.imported.items == count)
            #expect(try store.reviewCount(ListFilter()) == count)
            let again = try store.importFiles([input])
            #expect(again.imported.total == 0 && again.errors.isEmpty, "a second import adds nothing")
        case .error(let line, let message):
            #expect(!report.committed)
            #expect(try store.reviewCount(ListFilter()) == 0, "a bad file changes nothing")
            let first = try #require(report.errors.first)
            #expect(first.line == line, "\(first)")
            #expect(first.file == testCase.file)
            #expect(message.isEmpty || first.description.contains(message), "\(first)")
            #expect(!first.message.isEmpty)
        }
    }

    @Test func theCorpusIsLargeEnough() {
        #expect(Self.cases.count >= 30)
        print("import corpus: \(Self.cases.count) odd or malformed files, each with its expected outcome")
    }

    @Test func hostileTextIsStoredByteForByte() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        try Fixtures.importText(store, "a.jsonl", #"{"brand":"Cafe","text":"\u001b]0;pwned\u0007 \u202egnp.exe"}"#)
        #expect(try store.reviewDetail(id: "R1")?.row.text == "\u{1B}]0;pwned\u{07} \u{202E}gnp.exe")
    }
}

@Suite struct ColumnMapTests {
    @Test func mappedColumnsBecomeItemFields() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        var options = ImportOptions()
        options.columnMap = try ImportOptions.columnMap(["text=Body", "rating = Sterne", "author=Wer", "title=Text"])
        let report = try Fixtures.importText(store, "export.csv", "Brand,Body,Sterne,Wer,Text\nCafe,Sehr gut,5,Jo,Kurz\n",
                                             options: options)
        #expect(report.committed && report.errors.isEmpty, "\(report.errors)")
        let item = try #require(try store.reviewDetail(id: "R1"))
        #expect(item.row.text == "Sehr gut" && item.row.rating == 5 && item.row.author == "Jo" && item.row.title == "Kurz")
    }

    @Test func aMappedColumnMissingFromTheHeaderIsAnError() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        var options = ImportOptions()
        options.columnMap = ["text": "body"]
        let report = try Fixtures.importText(store, "a.csv", "brand,text\nCafe,x\n", options: options)
        #expect(!report.committed)
        #expect(report.errors.first?.message.contains("--map text=body: the header has no column 'body'") == true)
    }

    @Test(arguments: [["textbody"], ["colour=Farbe"], ["text=a", "text=b"], ["=x"]])
    func badMapsAreRefused(pairs: [String]) {
        #expect(throws: ImportError.self) { _ = try ImportOptions.columnMap(pairs) }
    }
}
