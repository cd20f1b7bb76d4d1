import Sentiment

/// What the store keeps of an item's analysis: the indexed figures and the whole analysis in
/// its compact stored form (`AnalysisBlob`), without holding every analysis until the write.
struct TaggedSentiment: Sendable {
    var score: Double
    var label: String
    var isUrgent: Bool
    var isComplaint: Bool
    var isSpam: Bool
    /// The detected language, nil when the tagger could not tell ("und").
    var language: String?
    /// Each aspect once, with its score.
    var aspects: [(aspect: String, score: Double)]
    var stored: [UInt8]?

    init(_ analysis: SentimentAnalysis) {
        score = analysis.score
        label = analysis.label.rawValue
        isUrgent = analysis.signals.isUrgent
        isComplaint = analysis.signals.complaint
        isSpam = analysis.signals.isSpam
        language = analysis.language == "und" ? nil : analysis.language
        var seen = Set<Aspect>()
        aspects = analysis.aspects.filter { seen.insert($0.aspect).inserted }.map { ($0.aspect.rawValue, $0.score) }
        stored = AnalysisBlob.encode(analysis)
    }
}
