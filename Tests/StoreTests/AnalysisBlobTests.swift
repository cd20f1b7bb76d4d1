import Foundation
import GRDB
import Sentiment
import Testing
@testable import Store

/// The compact stored analysis gives back an equal analysis, carries every field, and rows
/// written before it (JSON text) still read.
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
        "", "ok", "Cheap pills http://x.example BUY NOW", "Le café était froid.", "\"Quoted\" and \\ slashes \u{7}",
    ]

    static var analyses: [SentimentAnalysis] {
        [full, SentimentAnalysis(score: 0, label: .neutral, scored: false)] + texts.map { SentimentTagger().analyze($0) }
    }

    @Test func theStoredFormDecodesToAnEqualAnalysis() throws {
        for analysis in Self.analyses {
            let bytes = try #require(AnalysisBlob.encode(analysis))
            #expect(AnalysisBlob.decode(bytes) == analysis)
            #expect(AnalysisBlob.decode(Data(bytes).databaseValue) == analysis)
        }
    }

    @Test func rowsWrittenAsJSONStillRead() throws {
        let json = String(decoding: try JSONEncoder().encode(Self.full), as: UTF8.self)
        #expect(AnalysisBlob.decode(json.databaseValue) == Self.full)
        #expect(AnalysisBlob.decode(DatabaseValue.null) == nil)
    }

    @Test func aCutOrForeignValueIsNoAnalysis() throws {
        let bytes = try #require(AnalysisBlob.encode(Self.full))
        for length in [0, 1, 9, bytes.count / 2, bytes.count - 1] {
            #expect(AnalysisBlob.decode(Array(bytes.prefix(length))) == nil, "cut at \(length)")
        }
        #expect(AnalysisBlob.decode(bytes + [0]) == nil)
        #expect(AnalysisBlob.decode([9] + bytes.dropFirst()) == nil)
    }

    /// Fails when the analysis gains a field the stored form does not carry.
    @Test func theStoredFormCarriesEveryCodableKey() throws {
        let codable = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(Self.full))
        #expect(Self.keyPaths(codable) == AnalysisBlob.keyPaths)
    }

    @Test func nonFiniteScoresAreNotStored() {
        #expect(AnalysisBlob.encode(SentimentAnalysis(score: .nan, label: .neutral)) == nil)
    }

    @Test func theStoredFormIsSmallerThanTheJSON() throws {
        let analysis = SentimentTagger().analyze("Waited 45 minutes for a cold flat white. The staff were rude. Never again.")
        let bytes = try #require(AnalysisBlob.encode(analysis))
        let json = try JSONEncoder().encode(analysis)
        #expect(bytes.count * 2 < json.count, "\(bytes.count) vs \(json.count)")
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
