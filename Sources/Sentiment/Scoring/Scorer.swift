/// Applies the rules in one forward pass over the tokens, merging phrases into units in place,
/// and sums the weighted valences sentence by sentence.
///
/// Negation, boosters, capitals, "like" and "least" look only backwards (or one token ahead),
/// so each unit is final when it is reached; clause weights are settled when its sentence ends.
struct Scorer: ~Copyable {
    let lexicon: Lexicon
    let units: UnsafeMutablePointer<Token>
    let tokenCount: Int
    let text: UnsafePointer<UInt8>
    let capitalsMatter: Bool
    private(set) var unitCount = 0
    /// Sum of weighted valences over the text, before punctuation emphasis.
    private(set) var total = 0.0
    private(set) var exclamations = 0
    private(set) var questions = 0

    private var sentence: Int32 = 0
    private var clause: Int32 = 0
    private var sentenceStart = 0
    private var sentenceHasWords = false
    private var pendingSentence = false
    private var pendingClause = false
    private var previousSentence = 0..<0
    private var previousSentenceSum = 0.0
    var negation = NegationScope()
    /// Roles of the word-like unit just before, within the clause.
    private var previousRoles: TermRoles = []
    /// The current sentence has a contrastive or concessive word to weigh.
    private var sentenceHasMarkers = false

    init(lexicon: Lexicon, text: UnsafePointer<UInt8>, tokens: UnsafeMutablePointer<Token>, count: Int,
         capitalsMatter: Bool) {
        self.lexicon = lexicon
        self.text = text
        self.units = tokens
        self.tokenCount = count
        self.capitalsMatter = capitalsMatter
    }

    /// Runs the rules over all tokens.
    mutating func run() {
        var read = 0
        while read < tokenCount {
            let index = unitCount
            if index != read { units[index] = units[read] }
            var consumed = 1
            // One branch, rarely taken: this word starts phrases and the next can continue one.
            // (The tokenizer leaves a sentinel token after the last, so `read + 1` is readable.)
            let startsPhrase: UInt8 = units[index].lex.longestPhrase > 1 ? 1 : 0
            let continuesPhrase = UInt8(truncatingIfNeeded: units[read + 1].lex.roles.rawValue >> 22) & 1
            if startsPhrase & continuesPhrase != 0, units[index].kind.rawValue <= TokenKind.number.rawValue {
                consumed = mergePhrase(into: index, at: read)
            }
            read += consumed
            unitCount += 1
            if isPlain(index) {
                units[index].sentence = sentence
                units[index].clause = clause
                sentenceHasWords = true
                previousRoles = []
                continue
            }
            let hasNext = read < tokenCount
            process(index, next: hasNext ? units[read].lex : nil, nextIsWord: hasNext && units[read].isWordLike,
                    nextHasValence: hasNext && units[read].lex.valence != 0 && units[read].isWordLike)
        }
        finishSentence(end: unitCount)
        total += previousSentenceSum
    }

    /// A word the rules have nothing to do with: no valence, no role, no negation open, no
    /// "too" before it, and no new sentence or clause starting.
    @inline(__always)
    private func isPlain(_ index: Int) -> Bool {
        // Every condition folded into one word of bits, so that only one branch depends on them.
        var blockers = UInt32(truncatingIfNeeded: units[index].kind.rawValue)  // .word is 0
        blockers |= units[index].lex.roles.rawValue & TermRoles.active.rawValue
        blockers |= UInt32(units[index].flags.rawValue & TokenFlags.negatedContraction.rawValue)
        blockers |= UInt32(truncatingIfNeeded: negation.active) | (negation.intensify ? 1 : 0)
        blockers |= (pendingSentence ? 1 : 0) | (pendingClause ? 1 : 0)
        blockers |= previousRoles.rawValue & TermRoles.excess.rawValue
        return blockers == 0
    }

    private mutating func process(_ index: Int, next: LexiconEntry?, nextIsWord: Bool, nextHasValence: Bool) {
        let kind = units[index].kind
        guard units[index].isWordLike else {
            switch kind {
            case .exclamation: exclamations += 1
            case .question: questions += 1
            default: break
            }
            if kind.endsSentence { pendingSentence = true }
            if kind.endsSentence || kind == .clauseMark { pendingClause = true }
            let carried = negation.carried
            negation.reset()
            negation.carried = 0
            if carried > 0, kind == .clauseMark, text[Int(units[index].textStart)] == 0x2C, nextHasValence {
                // A list: "not smart, handsome": the next word is negated too.
                negation.active = carried
                negation.reachLeft = 1
                negation.clause = clause &+ 1
            }
            previousRoles = []
            units[index].sentence = sentence
            units[index].clause = clause
            return
        }
        if pendingSentence {
            finishSentence(end: index)
            sentence += 1
            sentenceStart = index
            pendingSentence = false
        }
        sentenceHasWords = true
        let roles = units[index].lex.roles
        let trailing = roles.contains(.trailingContrast) && !nextIsWord
        if pendingClause || roles.contains(.clauseBreak) || roles.contains(.contrastive)
            || (roles.contains(.concessive) && !trailing) {
            clause += 1
            pendingClause = false
        }
        units[index].sentence = sentence
        units[index].clause = clause
        if !roles.isDisjoint(with: [.contrastive, .concessive, .trailingContrast]) { sentenceHasMarkers = true }
        previousRoles = roles
        applyRules(index, next: next)
    }

    /// Settles clause weights for the sentence ending at `end` and adds it to the total.
    private mutating func finishSentence(end: Int) {
        guard sentenceHasWords else { return }
        sentenceHasWords = false
        let range = sentenceStart..<end
        let opensWithContrast = sentenceHasMarkers && weighSentence(range)
        sentenceHasMarkers = false
        var sum = 0.0
        for index in range { sum += units[index].contribution }
        if opensWithContrast, !previousSentence.isEmpty {
            previousSentenceSum *= ScoringConstants.concededWeight
            for index in previousSentence { units[index].weight *= Float(ScoringConstants.concededWeight) }
        }
        total += previousSentenceSum
        previousSentenceSum = sum
        previousSentence = range
    }
}
