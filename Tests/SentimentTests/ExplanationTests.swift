import Foundation
import Testing
import Sentiment

/// Drivers and sentences: the "why" behind a score.
@Suite("Explanation")
struct ExplanationTests {
    @Test("drivers name the phrases with their modifiers, strongest first")
    func drivers() throws {
        let analysis = sharedTagger.analyze("The soup was not good, but the bread was really excellent.")
        let phrases = analysis.drivers.map(\.phrase)
        #expect(phrases.contains("not good"))
        #expect(phrases.contains("really excellent"))
        let magnitudes = analysis.drivers.map { abs($0.contribution) }
        #expect(magnitudes == magnitudes.sorted(by: >))
        let negative = try #require(analysis.drivers.first { $0.phrase == "not good" })
        #expect(negative.contribution < 0)
    }

    @Test("driver contributions add up to the score")
    func contributionsAddUp() {
        for text in ["Great food!!", "Terrible, rude and slow.", "Good but pricey.", "Wonderful :)"] {
            let analysis = sharedTagger.analyze(text)
            let sum = analysis.drivers.reduce(0) { $0 + $1.contribution }
            #expect(abs(sum - analysis.score) < 1e-9, "\(text): \(sum) vs \(analysis.score)")
        }
    }

    @Test("one score per sentence, located by byte range")
    func sentences() {
        let text = "The food was great. The service was awful! We'll see."
        let analysis = sharedTagger.analyze(text)
        #expect(analysis.sentences.count == 3)
        let bytes = Array(text.utf8)
        let first = String(decoding: bytes[analysis.sentences[0].start..<analysis.sentences[0].end], as: UTF8.self)
        #expect(first == "The food was great.")
        #expect(analysis.sentences[0].score > 0)
        #expect(analysis.sentences[1].score < 0)
        #expect(analysis.sentences[2].score == 0)
    }

    @Test("results are deterministic and Codable")
    func deterministicAndCodable() throws {
        let text = "Loved it, but the wait was long and the bill was wrong. Refund please!"
        let first = sharedTagger.analyze(text)
        #expect(first == sharedTagger.analyze(text))
        #expect(first == SentimentTagger().analyze(text))
        let decoded = try JSONDecoder().decode(SentimentAnalysis.self, from: JSONEncoder().encode(first))
        #expect(decoded == first)
    }
}
