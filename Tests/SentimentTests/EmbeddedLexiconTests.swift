import Foundation
import Testing
@testable import Sentiment

/// The compiled-in lexicon matches its source files, and the rule tables are well formed.
@Suite("Embedded lexicon")
struct EmbeddedLexiconTests {
    static let dataDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/Sentiment/Lexicon/Data")

    /// The two leading tab-separated fields of each line of a data file, as the generator reads
    /// them (split on bytes: a line may start with a combining mark).
    static func sourceRows(_ name: String) throws -> [String] {
        let data = try Data(contentsOf: dataDirectory.appendingPathComponent(name))
        return data.split(separator: 0x0A).compactMap { raw -> String? in
            var line = Array(raw)
            while let last = line.last, last == 0x0D || last == 0x20 { line.removeLast() }
            while let first = line.first, first == 0x20 { line.removeFirst() }
            guard !line.isEmpty else { return nil }
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false).prefix(2)
            return fields.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\t")
        }
    }

    static func embeddedRows(_ table: StaticString) -> [String] {
        table.withUTF8Buffer { bytes in bytes.split(separator: 0x0A).map { String(decoding: $0, as: UTF8.self) } }
    }

    @Test("the embedded VADER lexicon matches vader_lexicon.txt (regenerate with generate_embedded_lexicon.py)")
    func vaderMatchesSource() throws {
        #expect(Self.embeddedRows(EmbeddedLexicon.vaderWords) == (try Self.sourceRows("vader_lexicon.txt")))
    }

    @Test("the embedded emoji names match emoji_utf8_lexicon.txt")
    func emojiMatchesSource() throws {
        #expect(Self.embeddedRows(EmbeddedLexicon.emojiNames) == (try Self.sourceRows("emoji_utf8_lexicon.txt")))
    }

    @Test("the licence and attribution ship beside the data")
    func licence() throws {
        let licence = try String(contentsOf: Self.dataDirectory.appendingPathComponent("LICENSE-VADER.txt"), encoding: .utf8)
        #expect(licence.contains("MIT License"))
        #expect(licence.contains("C.J. Hutto"))
        let readme = try String(contentsOf: Self.dataDirectory.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("vaderSentiment"))
    }

    @Test("the rule tables parse without problems and every term hashes uniquely")
    func tablesAreClean() {
        let builder = LexiconBuilder.standard()
        #expect(builder.problems.isEmpty, "\(builder.problems)")
        let lexicon = builder.build()
        #expect(lexicon.hasDistinctHashes)
        #expect(lexicon.count > 9_000)
    }

    @Test("known terms carry their values")
    func knownTerms() throws {
        let lexicon = Lexicon.shared
        #expect(try #require(lexicon.entry(for: "good")).valence == 1.9)
        #expect(try #require(lexicon.entry(for: "can't stand")).valence == -2.5)
        #expect(try #require(lexicon.entry(for: "cant stand")).valence == -2.5)
        #expect(try #require(lexicon.entry(for: "rude")).aspect == .service)
        #expect(try #require(lexicon.entry(for: "not")).roles.contains(.negator))
        #expect(try #require(lexicon.entry(for: "😍")).valence > 0)
        #expect(lexicon.entry(for: "86") == nil)
    }
}
