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
                scored: !walk.sentences.isEmpty && (evidence.valenced > 0 || language == "en"))
        }
    }
}

/// Scratch memory for the result pass.
struct ResultScratch {
    let clauseSum: UnsafeMutablePointer<Double>
    let drivers: DriverSlots
    let words: WordCountSlots

    init(raw: UnsafeMutableRawPointer, clauses: Int) {
        clauseSum = raw.bindMemory(to: Double.self, capacity: clauses)
        clauseSum.initialize(repeating: 0, count: clauses)
        var cursor = raw + clauses * 8
        drivers = DriverSlots(raw: cursor)
        cursor += DriverSlots.byteCount
        words = WordCountSlots(raw: cursor)
    }
}

/// Fixed room for the strongest driver phrases seen so far.
struct DriverSlots {
    static let capacity = 16
    static let byteCount = capacity * (8 + 4 + 4)
    let value: UnsafeMutablePointer<Double>
    let start: UnsafeMutablePointer<Int32>
    let end: UnsafeMutablePointer<Int32>

    init(raw: UnsafeMutableRawPointer) {
        value = raw.bindMemory(to: Double.self, capacity: Self.capacity)
        start = (raw + Self.capacity * 8).bindMemory(to: Int32.self, capacity: Self.capacity)
        end = (raw + Self.capacity * 12).bindMemory(to: Int32.self, capacity: Self.capacity)
    }
}

/// Fixed room for counting how often the first distinct words of a text repeat.
struct WordCountSlots {
    static let capacity = 64
    static let byteCount = capacity * (8 + 4)
    let hash: UnsafeMutablePointer<UInt64>
    let count: UnsafeMutablePointer<Int32>

    init(raw: UnsafeMutableRawPointer) {
        hash = raw.bindMemory(to: UInt64.self, capacity: Self.capacity)
        count = (raw + Self.capacity * 8).bindMemory(to: Int32.self, capacity: Self.capacity)
    }
}

/// Running totals of the result pass.
struct ResultWalk {
    let text: UnsafePointer<UInt8>
    let clauseSum: UnsafeMutablePointer<Double>
    var sentences: [SentenceSentiment] = []
    var aspects = AspectCollector()
    var signals: SignalCollector
    var drivers: DriverCollector
    private var sentenceSum = 0.0
    private var sentenceExclamations = 0
    private var sentenceQuestions = 0
    private var sentenceStart = -1
    private var sentenceEnd = 0

    init(scratch: ResultScratch, text: UnsafePointer<UInt8>) {
        self.text = text
        clauseSum = scratch.clauseSum
        signals = SignalCollector(words: scratch.words)
        drivers = DriverCollector(slots: scratch.drivers, text: text)
    }

    mutating func visit(_ unit: Token, isLastOfSentence: Bool) {
        switch unit.kind {
        case .exclamation: sentenceExclamations += 1
        case .question: sentenceQuestions += 1
        case .url: signals.sawLink()
        default: break
        }
        if unit.isWordLike {
            if sentenceStart < 0 { sentenceStart = Int(unit.textStart) }
            let contribution = unit.contribution
            if contribution != 0 {
                sentenceSum += contribution
                drivers.add(start: Int(unit.phraseStart), end: Int(unit.textEnd), contribution: contribution)
            }
            if unit.entry >= 0 {
                if let aspect = unit.lex.aspect {
                    let word = ResultWalk.spelling(of: unit, in: text)
                    aspects.mention(aspect, clause: unit.clause, clauseSum: clauseSum[Int(unit.clause)], word: word)
                }
                signals.see(unit.lex, contribution: contribution)
            }
            if unit.kind == .word, unit.textEnd - unit.textStart > 2, !unit.lex.roles.contains(.stopword) {
                signals.count(wordHash: unit.hash)
            }
        }
        if sentenceStart >= 0 { sentenceEnd = Int(unit.textEnd) }
        if isLastOfSentence { closeSentence() }
    }

    /// The unit's text in lower case, as an aspect mention (ASCII folded in place, the rest as is).
    private static func spelling(of unit: Token, in text: UnsafePointer<UInt8>) -> String {
        let count = Int(unit.textEnd - unit.textStart)
        return String(unsafeUninitializedCapacity: count) { buffer in
            for offset in 0..<count {
                let byte = text[Int(unit.textStart) + offset]
                buffer[offset] = ByteClass.isUpper(byte) ? byte | 0x20 : byte
            }
            return count
        }
    }

    /// Ends the current sentence, if it had any words.
    private mutating func closeSentence() {
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
