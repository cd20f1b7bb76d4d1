/// What `Analyzer` makes of a scored text: the score alone (`ScoreReader`) or the full analysis
/// (`AnalysisReader`).
///
/// A type rather than a closure so that `read` is inlined into the analysis: a closure stayed a
/// call, for which the scorer (201 bytes, through memcpy) and the evidence were copied per text.
protocol ScoredTextReader {
    associatedtype Result

    /// The result for an empty text.
    static var empty: Result { get }

    /// The result for a tokenized text; the scorer has run when the language is scorable.
    static func read(_ scorer: borrowing Scorer, evidence: TextEvidence,
                     language: LanguageDetector.Verdict) -> Result
}
