/// Applies the rules in one forward pass over the tokens, merging phrases into units in place,
/// and sums the weighted valences sentence by sentence.
///
/// Negation, boosters, capitals, "like" and "least" look only backwards (or one token ahead),
/// so each unit is final when it is reached; clause weights are settled when its sentence ends.
struct Scorer: ~Copyable {
    /// Unowned, as in `Tokenizer`: the caller of `Analyzer` holds the lexicon for the whole call.
    unowned(unsafe) let lexicon: Lexicon
    let units: UnsafeMutablePointer<Token>
    let tokenCount: Int
    /// Tokens the token buffer must hold beyond the sentinel after the last one.
    static let slack = 8
    /// Tokens the token buffer must have room for before the first: `init` gives them no roles,
    /// so that `scoreCommonUnit` reads the three units before any unit without testing whether
    /// there are three (three compares and branches per visit).
    static let lead = 3
    /// The tokens `run` visits, then `tokenCount` (see `Tokenizer.visits`).
    let visits: UnsafeMutablePointer<Int32>
    let text: UnsafePointer<UInt8>
    let capitalsMatter: Bool
    private(set) var unitCount = 0
    /// Sum of weighted valences over the text, before punctuation emphasis.
    private(set) var total = 0.0
    var exclamations = 0
    var questions = 0

    /// The current clause (low half) and sentence (high half), side by side as `Token.number`
    /// stores them: the common path numbers a unit with one load, not two and a shift. Both only
    /// count up from 0, and there are fewer than 2^31 units, so adding 1 to the clause never
    /// carries into the sentence.
    var numbering: UInt64 = 0
    var sentence: Int32 { Int32(truncatingIfNeeded: numbering &>> 32) }
    var clause: Int32 { Int32(truncatingIfNeeded: numbering) }
    private var sentenceStart = 0
    var sentenceHasWords = false
    var pendingSentence = false
    var pendingClause = false
    private var previousSentence = 0..<0
    private var previousSentenceSum = 0.0
    var negation = NegationScope()
    /// The last patronage verb a negation reached ("never *buy* anything from them again"), -1
    /// if none, and whether "never" negated it: a return-intent word after it in its clause
    /// makes the refusal (`Scorer.refusal`).
    var negatedPatronage = -1
    var negatedPatronageByNever = false
    /// Roles of the word-like unit just before, within the clause.
    var previousRoles = TermRoles.empty
    /// The current sentence has a contrastive or concessive word to weigh.
    private var sentenceHasMarkers = false
    /// The valences given to the current sentence's units so far, summed in unit order (each
    /// unit gets its valence once, in order): the sentence's sum when no weight changes and no
    /// valence is taken back, without a second loop over the units.
    private var sentenceValences = 0.0
    /// A unit of the current sentence had its valence taken back (`withdrawValence`).
    private var sentenceValencesStale = false

    init(lexicon: Lexicon, text: UnsafePointer<UInt8>, tokens: UnsafeMutablePointer<Token>, count: Int,
         visits: UnsafeMutablePointer<Int32>, capitalsMatter: Bool) {
        self.lexicon = lexicon
        self.visits = visits
        self.text = text
        self.units = tokens
        self.tokenCount = count
        self.capitalsMatter = capitalsMatter
        // The roles alone: nothing else of the lead tokens is ever read.
        for offset in 1...Self.lead {
            UnsafeMutableRawPointer(tokens - offset).storeBytes(of: TermRoles.empty, toByteOffset: Token.rolesOffset,
                                                                as: TermRoles.self)
        }
    }

    /// Runs the rules over all tokens.
    ///
    /// Most units are plain words the rules have nothing to do with: the tokenizer lists the
    /// others (`visits`), and the plain words between two of them are numbered in bulk. After the first
    /// phrase merge, units no longer sit where their tokens are, and the rest of the text takes
    /// the unit-by-unit loop (`runMerged`).
    mutating func run() {
        var read = 0
        var position = 0
        var inPlay: UInt32 = 0  // nothing is in play before the first unit
        while read < tokenCount {
            let entry = visits[position]
            let next = Int(entry & ~Self.phraseFlag)
            inPlay = passGap(from: read, to: next, inPlay: inPlay)
            read = next
            if read >= tokenCount { break }
            position &+= 1
            var consumed = 1
            if entry & Self.phraseFlag != 0 {
                consumed = mergePhrase(into: read, at: read)
            }
            inPlay = visit(read, nextRead: read &+ consumed, inPlay: inPlay)
            if consumed > 1 {
                unitCount = read &+ 1
                runMerged(from: read &+ consumed)
                break
            }
            read &+= consumed
        }
        // Without a merge, every token is a unit; `runMerged` counts them itself.
        if read >= tokenCount { unitCount = tokenCount }
        finishSentence(end: unitCount)
        total += previousSentenceSum
    }

    /// The unit-by-unit loop, from token `start` on, once a merge has moved units back.
    private mutating func runMerged(from start: Int) {
        var read = start
        while read < tokenCount {
            let index = unitCount
            // As 64 raw bytes (four vector moves): assigned, the token was copied field by field.
            UnsafeMutableRawPointer(units + index).copyMemory(from: units + read, byteCount: MemoryLayout<Token>.stride)
            var consumed = 1
            if mayStartPhrase(index, next: read &+ 1) != 0 {
                consumed = mergePhrase(into: index, at: read)
            }
            read &+= consumed
            unitCount &+= 1
            step(index, nextRead: read)
        }
    }

    /// In a `visits` entry: a phrase may start at this token (`Lexicon.mayStartPhrase`).
    static let phraseFlag: Int32 = 1 << 30

    /// Takes a visited unit through the rules: `scoreCommonUnit` when it can, else `process`.
    /// Before the first merge the common path has no use for `unitCount` (units are tokens, and
    /// `run` sets it at the end), so it is set here, for the rules that read it. Returns `inPlay`
    /// after the unit.
    @inline(__always)
    private mutating func visit(_ index: Int, nextRead: Int, inPlay: UInt32) -> UInt32 {
        if let after = scoreCommonUnit(index, inPlay: inPlay) { return after }
        unitCount = index &+ 1
        let hasNext = nextRead < tokenCount
        process(index, next: hasNext ? units[nextRead].lex : nil, nextIsWord: hasNext && units[nextRead].isWordLike,
                nextHasValence: hasNext && units[nextRead].lex.valence != 0 && units[nextRead].isWordLike)
        return self.inPlay
    }

    /// Takes the unit at `index` through the rules or, if they have nothing to do with it,
    /// `passOver`. `nextRead` is the token after it.
    @inline(__always)
    private mutating func step(_ index: Int, nextRead: Int) {
        if needsRules(index) {
            if scoreCommonUnit(index, inPlay: inPlay) != nil { return }
            let hasNext = nextRead < tokenCount
            process(index, next: hasNext ? units[nextRead].lex : nil, nextIsWord: hasNext && units[nextRead].isWordLike,
                    nextHasValence: hasNext && units[nextRead].lex.valence != 0 && units[nextRead].isWordLike)
        } else {
            passOver(index)
        }
    }

    /// The plain words from `start` up to the next visit, `end` (maybe none), without a branch
    /// when there are at most eight and nothing is in play (no negation open, no sentence
    /// pending, "too" not just before): what `passPlainWords` does, as integer arithmetic, and
    /// eight units numbered whatever the gap (units past `end` are numbered again when reached,
    /// and the token buffer has room: `Scorer.slack`). `inPlay` is the scorer's, passed in;
    /// returns it as it is after the gap: on the branchless path, a gap is passed only when
    /// nothing was in play, so it still holds, and neither the gap nor the visit loads the four
    /// fields again.
    @inline(__always)
    private mutating func passGap(from start: Int, to end: Int, inPlay: UInt32) -> UInt32 {
        let hasGap = UInt32(truncatingIfNeeded: UInt64(bitPattern: Int64(start &- end)) &>> 63)  // start < end
        if (inPlay != 0 ? hasGap : 0) | (end &- start > 8 ? 1 : 0) != 0 {
            passPlainWords(from: start, to: end)
            return self.inPlay
        }
        numbering &+= UInt64((pendingClause ? 1 : 0) & hasGap)
        pendingClause = pendingClause && hasGap == 0
        sentenceHasWords = sentenceHasWords || hasGap != 0
        previousRoles = TermRoles(rawValue: previousRoles.rawValue & (hasGap &- 1))
        let numbering = self.numbering
        for offset in 0..<8 {
            Token.number(units + (start &+ offset), numbering: numbering)
        }
        return inPlay
    }

    /// Nonzero when something is in play that a word's rules depend on: a negation open, a
    /// sentence pending, or "too" just before.
    @inline(__always)
    private var inPlay: UInt32 {
        UInt32(truncatingIfNeeded: negation.active) | (negation.intensify ? 1 : 0) | (pendingSentence ? 1 : 0)
            | previousRoles.rawValue & TermRoles.excess.rawValue
    }

    /// Plain words from `start` up to the next visit, `end`: one by one while a negation is open,
    /// "too" came just before or a sentence is pending, then numbered in bulk.
    private mutating func passPlainWords(from start: Int, to end: Int) {
        var index = start
        while index < end && (negation.isOpen || pendingSentence || previousRoles.contains(.excess)) {
            unitCount = index &+ 1
            step(index, nextRead: index &+ 1)
            index &+= 1
        }
        guard index < end else { return }
        if pendingClause {
            numbering &+= 1
            pendingClause = false
        }
        sentenceHasWords = true
        previousRoles = .empty
        unitCount = end
        // Four units a time; writing up to three units past `end` is harmless (they are numbered
        // when reached) and the token buffer has room for them (`Scorer.slack`).
        let numbering = self.numbering
        repeat {
            Token.number(units + index, numbering: numbering)
            Token.number(units + (index &+ 1), numbering: numbering)
            Token.number(units + (index &+ 2), numbering: numbering)
            Token.number(units + (index &+ 3), numbering: numbering)
            index &+= 4
        } while index < end
    }

    /// 1 when the unit can start a phrase with the token after it: it starts some phrase, that
    /// token is the second word of some phrase, and the two pass the lexicon's prefix filter.
    @inline(__always)
    private func mayStartPhrase(_ index: Int, next: Int) -> UInt32 {
        let starts: UInt32 = units[index].lex.longestPhrase > 1 ? 1 : 0
        let continues = (units[next].lex.roles.rawValue &>> 22) & 1  // phraseSecond
        let isWord: UInt32 = units[index].kind.code <= TokenKind.number.code ? 1 : 0
        return starts & continues & isWord & lexicon.mayStartPhrase(units[index].hash, units[next].hash)
    }

    // Kinds as bit sets over `TokenKind.rawValue`, so that a unit's kind is tested without a branch.
    static let markKinds: UInt32 = 0b01_1111_1000  // url, mention, clause and sentence marks, ! ?
    static let otherWordKinds: UInt32 = 0b10_0000_0110  // number, emoticon, symbol
    static let sentenceEndKinds: UInt32 = 0b01_1100_0000
    static let clauseEndKinds: UInt32 = 0b01_1110_0000

    /// True when the unit needs the rules: anything word-like but a plain word, a word with a
    /// role or valence or right after "too", any word while a negation is open or a sentence
    /// is pending, and a mark that may carry a negation on. Everything else `passOver` handles.
    @inline(__always)
    private func needsRules(_ index: Int) -> Bool {
        let kind = units[index].kind.code
        let isWord: UInt32 = kind == 0 ? 1 : 0
        let isMark = (Self.markKinds &>> kind) & 1
        var wordBlockers = units[index].lex.roles.rawValue & TermRoles.active.rawValue
        wordBlockers |= UInt32(units[index].flags.rawValue & TokenFlags.negatedContraction.rawValue)
        wordBlockers |= inPlay
        let markBlockers: UInt32 = negation.carried > 0 ? 1 : 0
        let slow = (Self.otherWordKinds &>> kind) & 1
            | (wordBlockers != 0 ? isWord : 0)
            | (markBlockers & isMark)
        return slow != 0
    }

    /// What the rules would do to a plain word (no role, no valence, no negation open, no
    /// sentence pending) or to a mark that carries no negation on, without a branch: count
    /// punctuation, close or open clauses, and number the unit.
    @inline(__always)
    private mutating func passOver(_ index: Int) {
        let kind = units[index].kind.code
        let isWord = kind == 0
        let isMark = (Self.markKinds &>> kind) & 1
        exclamations &+= kind == TokenKind.exclamation.code ? 1 : 0
        questions &+= kind == TokenKind.question.code ? 1 : 0
        // A word takes up a pending clause break; a mark may make one pending.
        numbering &+= isWord && pendingClause ? 1 : 0
        pendingClause = (pendingClause && isMark != 0) || (Self.clauseEndKinds &>> kind) & 1 != 0
        pendingSentence = pendingSentence || (Self.sentenceEndKinds &>> kind) & 1 != 0
        // A mark ends any negation (a plain word passes over only when none is open).
        negation.reset()
        sentenceHasWords = sentenceHasWords || isWord
        previousRoles = .empty
        Token.number(units + index, numbering: numbering)
    }

    /// The rules for one unit (the slow path: kept out of line so that the loops stay small).
    @inline(never)
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
            previousRoles = .empty
            Token.number(units + index, numbering: numbering)
            return
        }
        if pendingSentence {
            finishSentence(end: index)
            numbering &+= 1 &<< 32
            sentenceStart = index
            pendingSentence = false
        }
        sentenceHasWords = true
        let roles = units[index].lex.roles
        let trailing = roles.contains(.trailingContrast) && !nextIsWord
        if pendingClause || roles.contains(.clauseBreak) || roles.contains(.contrastive)
            || (roles.contains(.concessive) && !trailing) {
            numbering &+= 1
            pendingClause = false
        }
        Token.number(units + index, numbering: numbering)
        if !roles.isDisjoint(with: .contrastMarkers) { sentenceHasMarkers = true }
        previousRoles = roles
        applyRules(index, next: next)
    }

    /// Gives the unit at `index` its valence (once, in unit order: see `sentenceValences`).
    @inline(__always)
    mutating func setValence(_ index: Int, _ value: Float) {
        units[index].valence = value
        sentenceValences += Double(value)
    }

    /// Takes back the valence of an earlier unit of the current sentence (a negator that has
    /// one of its own, once it negates something).
    mutating func withdrawValence(_ index: Int) {
        units[index].valence = 0
        sentenceValencesStale = true
    }

    /// Settles clause weights for the sentence ending at `end` and adds it to the total.
    private mutating func finishSentence(end: Int) {
        guard sentenceHasWords else { return }
        sentenceHasWords = false
        let range = sentenceStart..<end
        let weighed = sentenceHasMarkers
        let opensWithContrast = sentenceHasMarkers && weighSentence(range)
        sentenceHasMarkers = false
        var sum = sentenceValences
        if opensWithContrast || sentenceValencesStale || weighed {
            sum = 0.0
            for index in range { sum += units[index].contribution }
        }
        sentenceValences = 0
        sentenceValencesStale = false
        if opensWithContrast, !previousSentence.isEmpty {
            previousSentenceSum *= ScoringConstants.concededWeight
            for index in previousSentence { units[index].weight *= Float(ScoringConstants.concededWeight) }
        }
        total += previousSentenceSum
        previousSentenceSum = sum
        previousSentence = range
    }
}
