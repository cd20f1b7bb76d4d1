/// The three-way verdict on a text. (`ScoringConstants.label` relies on the cases' order.)
public enum SentimentLabel: String, Sendable, Hashable, Codable, CaseIterable {
    case positive = "pos"
    case neutral = "neu"
    case negative = "neg"
}
