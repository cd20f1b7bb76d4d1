/// Reads the full analysis: drivers, aspects, signals and sentences.
enum AnalysisReader: ScoredTextReader {
    static var empty: SentimentAnalysis { unscored(language: "und", links: 0) }

    @inline(__always)
    static func read(_ scorer: borrowing Scorer, evidence: TextEvidence,
                     language: LanguageDetector.Verdict) -> SentimentAnalysis {
        if !language.isScorable {
            return unscored(language: language.code, links: Int(evidence.links))
        }
        return ResultBuilder.build(scorer: scorer, evidence: evidence, language: language.code,
                                   score: Analyzer.finalScore(scorer))
    }

    /// A text in another language (or empty): no score, only its language and whether it links out.
    private static func unscored(language: String, links: Int) -> SentimentAnalysis {
        SentimentAnalysis(score: 0, label: .neutral, signals: Signals(spam: links > 0 ? [.links] : []),
                          language: language, scored: false)
    }
}
