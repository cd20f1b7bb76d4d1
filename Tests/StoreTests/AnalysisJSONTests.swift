import Foundation
import Sentiment
import Testing
@testable import Store

@Suite struct AnalysisJSONTests {
    static let full = SentimentAnalysis(
        score: -0.6249, label: .negative,
        sentences: [SentenceSentiment(start: 0, end: 12, score: 0.1), SentenceSentiment(start: 13, end: 40, score: -0.9)],
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

    @Test func theFastEncodingDecodesToTheSameAnalysis() throws {
        let analyses = [Self.full, SentimentAnalysis(score: 0, label: .neutral, scored: false)]
            + Self.texts.map { SentimentTagger().analyze($0) }
        for analysis in analyses {
            let json = try #require(AnalysisJSON.encode(analysis))
            let decoded = try JSONDecoder().decode(SentimentAnalysis.self, from: Data(json.utf8))
            #expect(decoded == analysis)
        }
    }

    /// Fails when the analysis gains a field the fast encoding does not write.
    @Test func theFastEncodingHasExactlyTheCodableKeys() throws {
        let fast = try #require(AnalysisJSON.encode(Self.full))
        let codable = try JSONEncoder().encode(Self.full)
        let fastKeys = Self.keyPaths(try JSONSerialization.jsonObject(with: Data(fast.utf8)))
        let codableKeys = Self.keyPaths(try JSONSerialization.jsonObject(with: codable))
        #expect(fastKeys == codableKeys)
    }

    @Test func nonFiniteScoresAreNotEncoded() {
        #expect(AnalysisJSON.encode(SentimentAnalysis(score: .nan, label: .neutral)) == nil)
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
