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

    /// `text` is the text analysed, which the stored form points into.
    init(_ analysis: SentimentAnalysis, text: String) {
        score = analysis.score
        label = analysis.label.rawValue
        isUrgent = analysis.signals.isUrgent
        isComplaint = analysis.signals.complaint
        isSpam = analysis.signals.isSpam
        language = analysis.language == "und" ? nil : analysis.language
        // A few aspects at most: a scan of the kept ones beats hashing each.
        var kept: [Aspect] = []
        aspects = []
        aspects.reserveCapacity(analysis.aspects.count)
        for mention in analysis.aspects where !kept.contains(mention.aspect) {
            kept.append(mention.aspect)
            aspects.append((mention.aspect.rawValue, mention.score))
        }
        stored = AnalysisBlob.encode(analysis, text: text)
    }
}
