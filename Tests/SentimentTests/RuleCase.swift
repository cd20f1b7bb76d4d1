import Sentiment

/// One row of the rule table: a text and what its score must be.
struct RuleCase: CustomStringConvertible, Sendable {
    enum Expectation: Sendable {
        case positive, negative, neutral
    }

    var text: String
    var expected: Expectation
    var rule: String

    init(_ text: String, _ expected: Expectation, _ rule: String) {
        self.text = text
        self.expected = expected
        self.rule = rule
    }

    var description: String { "\(rule): \(text)" }
}

/// Two texts where the first must score strictly higher than the second.
struct Ordering: CustomStringConvertible, Sendable {
    var higher: String
    var lower: String
    var rule: String

    init(_ higher: String, above lower: String, _ rule: String) {
        self.higher = higher
        self.lower = lower
        self.rule = rule
    }

    var description: String { "\(rule): \"\(higher)\" > \"\(lower)\"" }
}

/// The tagger every test shares: building the lexicon once is enough.
let sharedTagger = SentimentTagger()
