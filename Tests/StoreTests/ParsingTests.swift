import Foundation
import Testing
@testable import Store

@Suite struct ParsingTests {
    static func rows(_ text: String) throws -> [CSVRow] {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { buffer in
            var parser = CSVParser(bytes: buffer, start: 0)
            var rows: [CSVRow] = []
            while let row = try parser.nextRow() { rows.append(row) }
            return rows
        }
    }

    @Test func csvFollowsRFC4180AndCommonVariations() throws {
        let rows = try Self.rows("a,b\r\n\"x,1\",\"say \"\"hi\"\"\"\r\n\r\n\"multi\nline\",\n\"end\"\rlast,\"\"")
        #expect(rows.map(\.fields) == [["a", "b"], ["x,1", "say \"hi\""], ["multi\nline", ""], ["end"], ["last", ""]])
        #expect(rows.map(\.line) == [1, 2, 4, 6, 7])
    }

    @Test func csvSeparatorIsDetectedFromTheHeader() throws {
        #expect(try Self.rows("a;b;\"c,d\"\n1;2;3").map(\.fields) == [["a", "b", "c,d"], ["1", "2", "3"]])
        #expect(try Self.rows("a\tb\n1\t2").map(\.fields) == [["a", "b"], ["1", "2"]])
    }

    @Test(arguments: [
        ("a\n\"open,1\n2\n", "the quoted field opened here is never closed (a '\"' is missing)", 2, 1),
        ("a,b\n\"x\"y,1\n", "unexpected text after a closing quote (double a '\"' inside quotes)", 2, 4),
    ])
    func csvStructureErrorsHaveLineAndColumn(text: String, message: String, line: Int, column: Int) {
        #expect(throws: CSVSyntaxError(message: message, line: line, column: column)) { try Self.rows(text) }
    }

    @Test(arguments: [
        ("2026-03-14", "2026-03-14T00:00:00Z", true),
        ("2026-03-14T09:12:00Z", "2026-03-14T09:12:00Z", false),
        ("2026-03-14T09:12Z", "2026-03-14T09:12:00Z", false),
        ("2026-03-14 09:12:00", "2026-03-14T09:12:00Z", false),
        ("2026-03-14T10:12:00+01:00", "2026-03-14T09:12:00Z", false),
        ("2026-03-14T04:12:00-0500", "2026-03-14T09:12:00Z", false),
        ("2026-03-14T09:12:00.250Z", "2026-03-14T09:12:00.250Z", false),
        ("2024-02-29T23:59:59Z", "2024-02-29T23:59:59Z", false),
        ("1969-12-31T23:00:00Z", "1969-12-31T23:00:00Z", false),
    ])
    func isoTimesParseAndFormat(text: String, formatted: String, dateOnly: Bool) throws {
        let parsed = try #require(ISOTime.parse(text))
        #expect(ISOTime.format(parsed.seconds) == formatted)
        #expect(parsed.isDateOnly == dateOnly)
    }

    @Test(arguments: ["14/03/2026", "2026-02-30", "2026-13-01", "2026-03-14T24:00:00Z", "2026-03-14T09:12:00 UTC", "", "2026-3-4"])
    func badTimesAreRefused(text: String) {
        #expect(ISOTime.parse(text) == nil)
    }

    @Test func isoTimeAgreesWithFoundation() throws {
        let formatter = ISO8601DateFormatter()
        for seconds in stride(from: -86_400.0 * 400, to: 86_400.0 * 365 * 80, by: 86_400.0 * 37 + 3_661) {
            let text = ISOTime.format(seconds)
            #expect(text == formatter.string(from: Date(timeIntervalSince1970: seconds)))
            #expect(ISOTime.parse(text)?.seconds == seconds)
        }
    }

    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func sha256MatchesTheStandardVectors(text: String, digest: String) {
        #expect(SHA256.hex(Array(text.utf8)) == digest)
    }

    /// Lengths on each side of a block and of the room for the length in the last block, read
    /// from an array, a string's bytes and a collection without contiguous storage.
    @Test(arguments: [
        (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
        (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
        (128, "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e"),
    ])
    func sha256ReadsEveryKindOfInputAlike(length: Int, digest: String) {
        let text = String(repeating: "a", count: length)
        #expect(SHA256.hex(Array(text.utf8)) == digest)
        #expect(SHA256.hex(text.utf8) == digest)
        #expect(SHA256.hex(text.utf8.lazy.map { $0 }) == digest)
    }

    @Test func sha256HandlesLongInputs() {
        #expect(SHA256.hex(Array(repeating: UInt8(ascii: "a"), count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func utf8CheckFindsEveryKindOfBadSequence() {
        let cases: [([UInt8], [Int])] = [
            (Array("ok é ☕ 𝄞".utf8), []),
            ([0x61, 0xFF, 0x62], [1]),
            ([0xC0, 0x80], [0, 1]),
            ([0xED, 0xA0, 0x80], [0, 1, 2]),
            ([0xF4, 0x90, 0x80, 0x80], [0, 1, 2, 3]),
            ([0xE2, 0x82], [0, 1]),
        ]
        for (bytes, expected) in cases {
            #expect(bytes.withUnsafeBufferPointer { UTF8Check.invalidOffsets(in: $0) } == expected)
        }
    }
}
