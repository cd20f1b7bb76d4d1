/// The three-way verdict on a text.
public enum SentimentLabel: String, Sendable, Hashable, Codable, CaseIterable {
    case positive = "pos"
    case neutral = "neu"
    case negative = "neg"
}
