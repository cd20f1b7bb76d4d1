/// Reads the score and label only: no drivers, aspects or signals.
enum ScoreReader: ScoredTextReader {
    static var empty: SentimentScore { SentimentScore(score: 0, label: .neutral, scored: false) }

    @inline(__always)
    static func read(_ scorer: borrowing Scorer, evidence: TextEvidence,
                     language: LanguageDetector.Verdict) -> SentimentScore {
        guard language.isScorable, scorer.unitCount > 0, language.language == .english || evidence.hasValence else {
            return empty
        }
        let score = Analyzer.finalScore(scorer)
        return SentimentScore(score: score, label: ScoringConstants.label(for: score), scored: true)
    }
}
