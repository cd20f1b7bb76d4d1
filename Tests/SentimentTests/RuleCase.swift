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
