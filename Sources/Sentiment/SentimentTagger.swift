/// Tags texts with sentiment. Pure, deterministic and safe to share across threads.
///
/// Placeholder scoring until the lexicon-based tagger lands: every text is neutral.
public struct SentimentTagger: Sendable {
    public init() {}

    /// Analyses one text.
    public func analyze(_ text: String) -> SentimentAnalysis {
        SentimentAnalysis(score: 0, label: .neutral)
    }
}
