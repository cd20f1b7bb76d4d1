import Foundation
import GRDB
import Sentiment
import Testing
@testable import Store

/// The compact stored analysis, with its item's row, gives back an equal analysis, carries every
/// field, and rows written before it (version 1, JSON text) still read.
@Suite struct AnalysisBlobTests {
    static let full = SentimentAnalysis(
        score: -0.6249, label: .negative,
        sentences: [SentenceSentiment(start: 0, end: 12, score: 0.1), SentenceSentiment(start: 13, end: 400, score: -0.9)],
        drivers: [SentimentDriver(phrase: "never \"again\"\n\t\u{1}", contribution: -1e-7),
                  SentimentDriver(phrase: "café ☕ \\ /", contribution: 0.5)],
        aspects: [AspectSentiment(aspect: .speed, score: -0.7, mentions: ["wait", "45 minutes"]),
                  AspectSentiment(aspect: .service, score: 0.3, mentions: [])],
        signals: Signals(complaint: true, urgency: [.refund, .healthSafety], spam: [.links]),
        language: "en", scored: true)

    static let texts = [
        "Lovely flat white and friendly staff!", "Waited 45 minutes. Never again. I want a refund.",
        "", "ok", "Cheap pills http://x.example BUY NOW", "The PRICE was fair but the Staff were rude and the Wait long.",
        "Le café était froid.", "\"Quoted\" and \\ slashes \u{7}",
    ]

    /// `full` written by version 1 (`AnalysisBlob.Reader.version1`).
    static let fullVersion1: [UInt8] = [
        0x01, 0x1e, 0xa7, 0xe8, 0x48, 0x2e, 0xff, 0xe3, 0xbf, 0x06, 0x6e, 0x65, 0x67, 0x04, 0x65, 0x6e,
        0x01, 0x04, 0x00, 0x18, 0x9a, 0x99, 0x99, 0x99, 0x99, 0x99, 0xb9, 0x3f, 0x1a, 0xa0, 0x06, 0xcd,
        0xcc, 0xcc, 0xcc, 0xcc, 0xcc, 0xec, 0xbf, 0x04, 0x20, 0x6e, 0x65, 0x76, 0x65, 0x72, 0x20, 0x22,
        0x61, 0x67, 0x61, 0x69, 0x6e, 0x22, 0x0a, 0x09, 0x01, 0x48, 0xaf, 0xbc, 0x9a, 0xf2, 0xd7, 0x7a,
        0xbe, 0x1a, 0x63, 0x61, 0x66, 0xc3, 0xa9, 0x20, 0xe2, 0x98, 0x95, 0x20, 0x5c, 0x20, 0x2f, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0xe0, 0x3f, 0x04, 0x0a, 0x73, 0x70, 0x65, 0x65, 0x64, 0x66, 0x66,
        0x66, 0x66, 0x66, 0x66, 0xe6, 0xbf, 0x04, 0x08, 0x77, 0x61, 0x69, 0x74, 0x14, 0x34, 0x35, 0x20,
        0x6d, 0x69, 0x6e, 0x75, 0x74, 0x65, 0x73, 0x0e, 0x73, 0x65, 0x72, 0x76, 0x69, 0x63, 0x65, 0x33,
        0x33, 0x33, 0x33, 0x33, 0x33, 0xd3, 0x3f, 0x00, 0x01, 0x04, 0x0c, 0x72, 0x65, 0x66, 0x75, 0x6e,
        0x64, 0x1a, 0x68, 0x65, 0x61, 0x6c, 0x74, 0x68, 0x2d, 0x73, 0x61, 0x66, 0x65, 0x74, 0x79, 0x02,
        0x0a, 0x6c, 0x69, 0x6e, 0x6b, 0x73,
    ]

    /// Analyses with the texts they are of: `full` with a text holding none of its phrases and
    /// one holding them all, then the tagger's own.
    static var analysed: [(analysis: SentimentAnalysis, text: String)] {
        [(full, ""), (full, "Café ☕ \\ / never \"again\"\n\t\u{1} WAIT 45 minutes"),
         (SentimentAnalysis(score: 0, label: .neutral, scored: false), "ok")]
            + texts.map { (SentimentTagger().analyze($0), $0) }
    }

    static func item(_ analysis: SentimentAnalysis, _ text: String) -> AnalysisBlob.Item {
        AnalysisBlob.Item(score: analysis.score, label: analysis.label, text: text)
    }

    @Test func theStoredFormDecodesToAnEqualAnalysis() throws {
        for (analysis, text) in Self.analysed {
            let bytes = try #require(AnalysisBlob.encode(analysis, text: text))
            #expect(AnalysisBlob.decode(bytes, item: Self.item(analysis, text)) == analysis, "\(text)")
            #expect(AnalysisBlob.decode(Data(bytes).databaseValue, item: Self.item(analysis, text)) == analysis)
        }
    }

    /// Phrases and mentions found in the text (as they are, or lowered) take a few bytes, not their own.
    @Test func piecesOfTheTextArePlaces() throws {
        let text = "Café ☕ \\ / never \"again\"\n\t\u{1} WAIT 45 minutes"
        let alone = try #require(AnalysisBlob.encode(Self.full, text: ""))
        let withText = try #require(AnalysisBlob.encode(Self.full, text: text))
        #expect(withText.count + 30 < alone.count, "\(withText.count) vs \(alone.count)")
    }

    @Test func rowsWrittenBeforeStillRead() throws {
        let item = Self.item(Self.full, "")
        #expect(AnalysisBlob.decode(Self.fullVersion1, item: item) == Self.full)
        #expect(AnalysisBlob.decode(Data(Self.fullVersion1).databaseValue, item: item) == Self.full)
        let json = String(decoding: try JSONEncoder().encode(Self.full), as: UTF8.self)
        #expect(AnalysisBlob.decode(json.databaseValue, item: item) == Self.full)
        #expect(AnalysisBlob.decode(DatabaseValue.null, item: item) == nil)
    }

    @Test func aCutOrForeignValueIsNoAnalysis() throws {
        let text = "never \"again\"\n\t\u{1} wait"
        let item = Self.item(Self.full, text)
        for bytes in [try #require(AnalysisBlob.encode(Self.full, text: text)), Self.fullVersion1] {
            for length in [0, 1, 9, bytes.count / 2, bytes.count - 1] {
                #expect(AnalysisBlob.decode(Array(bytes.prefix(length)), item: item) == nil, "cut at \(length)")
            }
            #expect(AnalysisBlob.decode(bytes + [0], item: item) == nil)
            #expect(AnalysisBlob.decode([9] + bytes.dropFirst(), item: item) == nil)
        }
        // A place beyond the text (another text than the one encoded) is no analysis either.
        let bytes = try #require(AnalysisBlob.encode(Self.full, text: text))
        #expect(AnalysisBlob.decode(bytes, item: Self.item(Self.full, "short")) == nil)
    }

    /// Fails when the analysis gains a field the stored form does not carry.
    @Test func theStoredFormCarriesEveryCodableKey() throws {
        let codable = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(Self.full))
        #expect(Self.keyPaths(codable) == AnalysisBlob.keyPaths)
    }

    /// Every case has its own code, so that each reads back as itself.
    @Test func codesAreDistinct() {
        #expect(Set(Aspect.allCases.map(AnalysisBlob.code)).count == Aspect.allCases.count)
        #expect(Set(UrgencyKind.allCases.map(AnalysisBlob.code)).count == UrgencyKind.allCases.count)
        #expect(Set(SpamReason.allCases.map(AnalysisBlob.code)).count == SpamReason.allCases.count)
    }

    @Test func nonFiniteScoresAreNotStored() {
        #expect(AnalysisBlob.encode(SentimentAnalysis(score: .nan, label: .neutral), text: "") == nil)
    }

    @Test func theStoredFormIsSmallerThanTheJSON() throws {
        let text = "Waited 45 minutes for a cold flat white. The staff were rude. Never again."
        let analysis = SentimentTagger().analyze(text)
        let bytes = try #require(AnalysisBlob.encode(analysis, text: text))
        let json = try JSONEncoder().encode(analysis)
        #expect(bytes.count * 4 < json.count, "\(bytes.count) vs \(json.count)")
    }

    /// Every key path in a JSON value, with list elements merged ("aspects[].score").
    static func keyPaths(_ value: Any, prefix: String = "") -> Set<String> {
        if let object = value as? [String: Any] {
            return object.reduce(into: Set<String>()) { paths, member in
                let path = prefix.isEmpty ? member.key : prefix + "." + member.key
                paths.insert(path)
                paths.formUnion(keyPaths(member.value, prefix: path))
            }
        }
        if let list = value as? [Any] {
            return list.reduce(into: Set<String>()) { $0.formUnion(keyPaths($1, prefix: prefix + "[]")) }
        }
        return []
    }
}
