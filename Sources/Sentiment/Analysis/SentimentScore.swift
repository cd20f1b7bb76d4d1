/// The score and label of a text without the explanation: what `SentimentTagger.score` returns.
public struct SentimentScore: Sendable, Hashable, Codable {
    /// Compound score in -1...1.
    public var score: Double
    public var label: SentimentLabel
    /// False when the text was not scored (another language without a lexicon, or no words).
    public var scored: Bool

    public init(score: Double, label: SentimentLabel, scored: Bool = true) {
        self.score = score
        self.label = label
        self.scored = scored
    }
}
