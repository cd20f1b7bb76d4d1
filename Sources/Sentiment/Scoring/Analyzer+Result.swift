extension Analyzer {
    /// Sums the weighted valences into sentence and text scores, and gathers drivers, aspects
    /// and signals.
    func result(language: String, hashtags: Int) -> SentimentAnalysis {
        sumClauses()
        var walk = ResultWalk(state: state, text: text)
        for index in 0..<unitCount {
            visit(index, &walk)
        }
        let emphasis = ScoringConstants.punctuationEmphasis(exclamations: walk.exclamations, questions: walk.questions)
        let total = walk.total
        let emphasised = total > 0 ? total + emphasis : total < 0 ? total - emphasis : 0
        let score = ScoringConstants.normalize(emphasised)
        let scale = emphasised != 0 ? score / emphasised : 1 / ScoringConstants.alpha.squareRoot()
        if total != 0 && emphasis > 0 { walk.drivers.addPunctuation(contribution: emphasised - total) }
        let aspects = walk.aspects.results()
        return SentimentAnalysis(
            score: score,
            label: ScoringConstants.label(for: score),
            sentences: walk.sentences,
            drivers: walk.drivers.results(scale: scale),
            aspects: aspects,
            signals: walk.signals.results(aspects: aspects, hashtags: hashtags),
            language: language,
            scored: !walk.sentences.isEmpty && (walk.hasValence || language == "en"))
    }

    private func sumClauses() {
        for index in 0..<unitCount where isWordLike(index) {
            state.clauseSum[Int(state.clause[index])] += state.valence[index] * state.weight[index]
        }
    }

    private func visit(_ index: Int, _ walk: inout ResultWalk) {
        let unit = units[index]
        switch unit.kind {
        case .exclamation: walk.exclamations += 1; walk.sentenceExclamations += 1
        case .question: walk.questions += 1; walk.sentenceQuestions += 1
        case .url: walk.signals.sawLink()
        default: break
        }
        if isWordLike(index) {
            if walk.sentenceStart < 0 { walk.sentenceStart = Int(unit.textStart) }
            let contribution = state.valence[index] * state.weight[index]
            if contribution != 0 {
                walk.hasValence = true
                walk.total += contribution
                walk.sentenceSum += contribution
                walk.drivers.add(start: Int(state.phraseStart[index]), end: Int(unit.textEnd), contribution: contribution)
            }
            if let unitEntry = entry(index) {
                if let aspect = unitEntry.aspect {
                    let clause = state.clause[index]
                    walk.aspects.mention(aspect, clause: clause, clauseSum: state.clauseSum[Int(clause)],
                                         word: spelling(of: unit))
                }
                walk.signals.see(unitEntry, contribution: contribution)
            }
            if unit.kind == .word, unit.normLength > 2, !roles(index).contains(.stopword) {
                walk.signals.count(word: UnsafeBufferPointer(start: norm + Int(unit.normStart), count: Int(unit.normLength)))
            }
        }
        if walk.sentenceStart >= 0 { walk.sentenceEnd = Int(unit.textEnd) }
        let lastOfSentence = index + 1 == unitCount || state.sentence[index + 1] != state.sentence[index]
        if lastOfSentence { walk.closeSentence() }
    }

    /// The unit's text in lower case, as an aspect mention.
    private func spelling(of unit: Token) -> String {
        let bytes = UnsafeBufferPointer(start: text + Int(unit.textStart), count: Int(unit.textEnd - unit.textStart))
        return String(decoding: bytes, as: UTF8.self).lowercased()
    }
}

/// Running totals of the result pass.
struct ResultWalk {
    var total = 0.0
    var exclamations = 0
    var questions = 0
    var hasValence = false
    var sentences: [SentenceSentiment] = []
    var sentenceSum = 0.0
    var sentenceExclamations = 0
    var sentenceQuestions = 0
    var sentenceStart = -1
    var sentenceEnd = 0
    var aspects = AspectCollector()
    var signals: SignalCollector
    var drivers: DriverCollector

    init(state: UnitState, text: UnsafePointer<UInt8>) {
        signals = SignalCollector(words: state.words)
        drivers = DriverCollector(slots: state.drivers, text: text)
    }

    /// Ends the current sentence, if it had any words.
    mutating func closeSentence() {
        defer {
            sentenceSum = 0
            sentenceExclamations = 0
            sentenceQuestions = 0
            sentenceStart = -1
        }
        guard sentenceStart >= 0 else { return }
        let emphasis = ScoringConstants.punctuationEmphasis(exclamations: sentenceExclamations,
                                                            questions: sentenceQuestions)
        let sum = sentenceSum > 0 ? sentenceSum + emphasis : sentenceSum < 0 ? sentenceSum - emphasis : 0
        sentences.append(SentenceSentiment(start: sentenceStart, end: sentenceEnd, score: ScoringConstants.normalize(sum)))
    }
}
