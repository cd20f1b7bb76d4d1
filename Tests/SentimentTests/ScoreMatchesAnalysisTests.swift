import Testing
import Sentiment

/// `score` is the bulk path (`earshot tag`, imports) and may take shortcuts, but never another
/// answer: for every text its score, label and scored flag are bit for bit those of `analyze`,
/// through the String and the byte entry points alike.
@Suite("score matches analyze")
struct ScoreMatchesAnalysisTests {
    /// Pieces that reach every rule a shortcut might get wrong: sentiment words and boosters
    /// in any case, negators before and after the edge of their reach, contractions,
    /// contrastive and concessive words, "like", "least", "too", multi-word expressions,
    /// emoticons and emoji with modifiers, accents and other scripts, marks, digits, links,
    /// mentions and hashtags.
    static let pieces = [
        "good", "Great", "GREAT", "bad", "AWFUL", "rude", "tasty", "slow", "fine", "ok", "soooo", "goooood",
        "very", "VERY", "really", "extremely", "slightly", "pretty", "incredible", "so", "kind of", "a bit",
        "not", "NOT", "never", "no", "didn't", "don't", "isn't", "wasn't", "can't", "won't", "wish", "without",
        "but", "however", "although", "though", "except", "yet", "and", "or", "nor", "because",
        "like", "i", "would", "least", "at least", "too", "too much",
        "can't stand", "fed up", "no problem", "to die for", "works great", "waste of money", "on time",
        "the", "food", "staff", "was", "is", "it", "phone", "service", "it's", "they're", "company's",
        "5", "10/10", "3.5", "1,000", "$", "%",
        ":)", ":(", ":-D", "D:", "<3", "😀", "😡", "👍🏽", "❤️", "très", "café", "日本", "é",
        "http://x.io", "www.example.com", "@shop", "#NeverAgain", "#greatfood",
        ".", ",", "!", "!!", "?", "??", "...", ";", ":", "-", " - ", "(", ")", "\"", "'", "\n", "\t",
    ]

    static func randomText(_ generator: inout SeededGenerator, words: ClosedRange<Int>) -> String {
        var text = ""
        for _ in 0..<Int.random(in: words, using: &generator) {
            let piece = pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            switch Int.random(in: 0..<6, using: &generator) {
            case 0: text += piece
            case 1: text += piece + " "
            default: text += " " + piece
            }
        }
        return text
    }

    static func expectSame(_ text: String) {
        let analysis = sharedTagger.analyze(text)
        let score = sharedTagger.score(text)
        #expect(score.score.bitPattern == analysis.score.bitPattern, "\(text.debugDescription)")
        #expect(score.label == analysis.label, "\(text.debugDescription)")
        #expect(score.scored == analysis.scored, "\(text.debugDescription)")
        let bytes = Array(text.utf8)
        let direct = bytes.withUnsafeBufferPointer { sharedTagger.score(utf8: $0) }
        #expect(direct == score, "\(text.debugDescription)")
    }

    @Test("random texts of rule pieces", arguments: 0..<8)
    func randomTexts(_ seed: Int) {
        var generator = SeededGenerator(seed: UInt64(1_000 + seed))
        for _ in 0..<600 {
            Self.expectSame(Self.randomText(&generator, words: 1...14))
        }
    }

    @Test("long texts", arguments: 0..<2)
    func longTexts(_ seed: Int) {
        var generator = SeededGenerator(seed: UInt64(2_000 + seed))
        for _ in 0..<20 {
            Self.expectSame(Self.randomText(&generator, words: 200...2_000))
        }
    }

    /// A negation reaches a few content words: the sentiment word just inside and just outside
    /// that reach, with and without boosters and clause breaks between.
    @Test("negation at the edge of its reach", arguments: ["not", "never", "didn't", "no"])
    func negationReach(_ negator: String) {
        let fillers = ["the", "food", "really", "very", "and", ",", "staff", "was"]
        for gap in 0...6 {
            for word in ["good", "bad", "GREAT", "like"] {
                for filler in fillers {
                    let between = Array(repeating: filler, count: gap).joined(separator: " ")
                    Self.expectSame("It was \(negator) \(between) \(word).")
                    Self.expectSame("\(negator.uppercased()) \(between) \(word) but \(word)!")
                }
            }
        }
    }

    /// Capitals count only when some words are in capitals and some are not.
    @Test("capitals", arguments: ["GOOD", "BAD", "VERY GOOD", "NOT BAD", "GOOD FOOD", "OK"])
    func capitals(_ shout: String) {
        Self.expectSame(shout)
        Self.expectSame("\(shout) food")
        Self.expectSame("the food was \(shout)!")
        Self.expectSame("THE FOOD WAS \(shout)")
    }
}
