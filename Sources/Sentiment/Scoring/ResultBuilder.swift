/// Assembles the full `SentimentAnalysis` from the scored units: sentences, drivers, aspects
/// and signals.
enum ResultBuilder {
    static func build(scorer: borrowing Scorer, evidence: TextEvidence, language: String, score: Double) -> SentimentAnalysis {
        let units = scorer.units
        let count = scorer.unitCount
        let clauses = count > 0 ? Int(units[count - 1].clause) + 1 : 1
        let bytes = clauses * 8 + DriverSlots.byteCount + WordCountSlots.byteCount
        return withUnsafeTemporaryAllocation(byteCount: bytes, alignment: 8) { raw -> SentimentAnalysis in
            guard let start = raw.baseAddress else { return SentimentAnalysis(score: score, label: .neutral) }
            let scratch = ResultScratch(raw: start, clauses: clauses)
            for index in 0..<count where units[index].isWordLike && units[index].valence != 0 {
                scratch.clauseSum[Int(units[index].clause)] += units[index].contribution
            }
            var walk = ResultWalk(scratch: scratch, text: scorer.text)
            for index in 0..<count {
                walk.visit(units[index], isLastOfSentence: index + 1 == count || units[index + 1].sentence != units[index].sentence)
            }
            let emphasis = ScoringConstants.punctuationEmphasis(exclamations: scorer.exclamations, questions: scorer.questions)
            let total = scorer.total
            let emphasised = total > 0 ? total + emphasis : total < 0 ? total - emphasis : 0
            if total != 0 && emphasis > 0 { walk.drivers.addPunctuation(contribution: emphasised - total) }
            let scale = emphasised != 0 ? score / emphasised : 1 / ScoringConstants.alpha.squareRoot()
            let aspects = walk.aspects.results()
            return SentimentAnalysis(
                score: score,
                label: ScoringConstants.label(for: score),
                sentences: walk.sentences,
                drivers: walk.drivers.results(scale: scale),
                aspects: aspects,
                signals: walk.signals.results(aspects: aspects, hashtags: Int(evidence.hashtags)),
                language: language,
                scored: !walk.sentences.isEmpty && (evidence.hasValence || language == "en"))
        }
    }
}
