import Testing
import Sentiment

/// Properties that hold for whole families of texts.
@Suite("Properties")
struct PropertyTests {
    static let positiveWords = ["good", "great", "nice", "tasty", "friendly", "excellent", "clean", "fresh", "lovely", "helpful"]
    static let negativeWords = ["bad", "awful", "rude", "dirty", "bland", "slow", "terrible", "stale", "horrible", "disgusting"]
    static let intensifiers = ["very", "really", "extremely", "so", "incredibly", "totally", "absolutely", "super"]
    static let frames = ["The food was %@.", "%@", "Today the staff were %@", "It is %@!"]

    static func fill(_ frame: String, _ word: String) -> String {
        frame.replacingOccurrences(of: "%@", with: word)
    }

    @Test("an intensifier never lowers |score|", arguments: intensifiers)
    func intensifierNeverLowers(_ intensifier: String) {
        for frame in Self.frames {
            for word in Self.positiveWords + Self.negativeWords {
                let plain = sharedTagger.analyze(Self.fill(frame, word)).score
                let boosted = sharedTagger.analyze(Self.fill(frame, "\(intensifier) \(word)")).score
                #expect(abs(boosted) >= abs(plain), "\(intensifier) \(word) in \(frame): \(boosted) vs \(plain)")
                #expect(boosted * plain >= 0, "\(intensifier) \(word) flipped the sign")
            }
        }
    }

    @Test("a dampener never raises |score|", arguments: ["slightly", "somewhat", "kind of", "a bit"])
    func dampenerNeverRaises(_ dampener: String) {
        for word in Self.positiveWords + Self.negativeWords {
            let plain = sharedTagger.analyze("The food was \(word).").score
            let damped = sharedTagger.analyze("The food was \(dampener) \(word).").score
            #expect(abs(damped) <= abs(plain), "\(dampener) \(word): \(damped) vs \(plain)")
        }
    }

    @Test("negation flips simple clauses", arguments: ["not", "never", "n't"])
    func negationFlips(_ negator: String) {
        for word in Self.positiveWords + Self.negativeWords {
            let plain = sharedTagger.analyze("The food was \(word).").score
            let negated = negator == "n't"
                ? sharedTagger.analyze("The food wasn't \(word).").score
                : sharedTagger.analyze("The food was \(negator) \(word).").score
            #expect(plain != 0)
            #expect(negated * plain < 0, "\(negator) \(word): \(negated) vs \(plain)")
        }
    }

    @Test("capitals and case do not change a lower-case word's lexicon hit")
    func caseInsensitiveLookup() {
        for word in Self.positiveWords {
            let lower = sharedTagger.analyze("the food was \(word)").score
            let title = sharedTagger.analyze("The food was \(word.prefix(1).uppercased() + word.dropFirst())").score
            #expect(lower == title)
        }
    }

    @Test("scores stay in -1...1 and labels match them")
    func rangeAndLabels() {
        let pieces = Self.positiveWords + Self.negativeWords + Self.intensifiers + ["not", "but", "!!!", ":)", "😡", "never"]
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<2_000 {
            let count = Int.random(in: 1...12, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined(separator: " ")
            let analysis = sharedTagger.analyze(text)
            #expect((-1...1).contains(analysis.score), "\(text)")
            switch analysis.label {
            case .positive: #expect(analysis.score >= SentimentTagger.labelThreshold)
            case .negative: #expect(analysis.score <= -SentimentTagger.labelThreshold)
            case .neutral: #expect(abs(analysis.score) < SentimentTagger.labelThreshold)
            }
        }
    }
}
