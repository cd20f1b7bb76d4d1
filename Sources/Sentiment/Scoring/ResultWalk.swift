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
                signals.see(unit.lex, marks: unit.marks, contribution: contribution)
            }
            if unit.kind == .word {
                signals.count(wordHash: unit.hash, length: unit.textEnd - unit.textStart,
                              isStopword: unit.lex.roles.contains(.stopword))
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
