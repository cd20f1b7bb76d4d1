import Sentiment

extension AnalysisBlob {
    /// What a version 2 value leaves to its item's row: the `score` and `label` columns and the
    /// text its pieces point into.
    struct Item {
        var score: Double
        var label: SentimentLabel
        var text: String
    }
}
