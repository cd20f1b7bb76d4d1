import Testing
@testable import Sentiment

/// `ScoringConstants.label` makes the label from the cases' tags without a branch: it must give
/// what comparing the score with the thresholds gives.
@Suite("score labels")
struct ScoreLabelTests {
    @Test func labelsFollowTheThresholds() {
        let threshold = ScoringConstants.labelThreshold
        let scores: [Double] = [-1, -0.5, -threshold - 1e-12, -threshold, -threshold + 1e-12, -0.0, 0, 0.01,
                                threshold - 1e-12, threshold, threshold + 1e-12, 0.5, 1,
                                -.infinity, .infinity, .nan]
        for score in scores {
            let expected: SentimentLabel = score >= threshold ? .positive : score <= -threshold ? .negative : .neutral
            #expect(ScoringConstants.label(for: score) == expected, "score \(score)")
        }
    }
}
