extension Scorer {
    /// Roles `scoreCommonUnit` takes care of: the rest send a word to `process`.
    private static let simpleRoles = TermRoles(rawValue: TermRoles.clauseBreak.rawValue | TermRoles.booster.rawValue)
    private static let complexRoles = TermRoles(rawValue: TermRoles.acting.rawValue & ~simpleRoles.rawValue)

    /// The rules for the commonest units the scorer visits, with integer arithmetic and
    /// selects rather than branches (which units come in what order, no predictor learns):
    /// a mark that carries no negation on, and a word when nothing around it is in play: a
    /// word with a valence and no other role, a clause break ("and", "because"), a plain
    /// booster ("very") or a plain word, with no negation open, no sentence pending, not after
    /// "too", and (for a word with a valence) no booster among the three units before it nor
    /// "least" right before it. Exactly what `process` (or `passOver`) would do for such a
    /// unit, returning `inPlay` after it; nil, having done nothing, for any other. `inPlay` is the
    /// scorer's `inPlay`, which the caller has at hand.
    @inline(__always)
    private static func bit(_ value: Bool) -> UInt32 { value ? 1 : 0 }

    @inline(__always)
    private static func isZero(_ value: UInt32) -> UInt32 { TextEvidence.isZero(value) }

    @inline(__always)
    private static func isNonZero(_ value: UInt32) -> UInt32 { TextEvidence.isNonZero(value) }

    @inline(__always)
    mutating func scoreCommonUnit(_ index: Int, inPlay: UInt32) -> UInt32? {
        let kind = units[index].kind.code
        let flags = UInt32(units[index].flags.rawValue)
        let roles = units[index].lex.roles.rawValue
        let valence = units[index].lex.valence
        let isMark = (Self.markKinds &>> kind) & 1
        let isWord = Self.isZero(kind)
        // A word whose valence counts (role bit 27, `valenced`), unless it is a plain booster
        // (role bit 1), which has none of its own.
        let counts = (roles &>> 27) & ~(roles &>> 1) & 1
        // The three units before, without a test of the index: before the first unit lie
        // `Scorer.lead` with no roles.
        var nearby = units[index &- 1].lex.roles.rawValue & (TermRoles.booster.rawValue | TermRoles.least.rawValue)
        nearby |= (units[index &- 2].lex.roles.rawValue | units[index &- 3].lex.roles.rawValue) & TermRoles.booster.rawValue
        // Integer arithmetic, not short-circuit tests: each would be a branch.
        var wordIsComplex = (flags &>> 6) & 1  // negatedContraction
        wordIsComplex |= roles & Self.complexRoles.rawValue
        wordIsComplex |= inPlay
        wordIsComplex |= counts & Self.isNonZero(nearby)
        var complex = (Self.otherWordKinds &>> kind) & 1  // numbers, emoticons, symbols
        complex |= isMark & Self.isNonZero(UInt32(truncatingIfNeeded: negation.carried))
        complex |= wordIsComplex & (0 &- isWord)
        if complex != 0 { return nil }

        // Marks: punctuation counts, pending sentence and clause ends, the end of any negation.
        // A branch, rarely taken (most marks are full stops and commas): the two counts as
        // arithmetic were a dozen vector instructions for every unit.
        if kind &- TokenKind.exclamation.code < 2 {
            exclamations &+= Int(Self.isZero(kind ^ TokenKind.exclamation.code))
            questions &+= Int(Self.isZero(kind ^ TokenKind.question.code))
        }
        let sentenceEnds = Self.bit(pendingSentence) | (Self.sentenceEndKinds &>> kind) & 1
        pendingSentence = sentenceEnds != 0
        // Words: a pending clause break or a clause-breaking word starts a clause.
        let breaks = isWord & (Self.bit(pendingClause) | (roles &>> 5) & 1)  // clauseBreak
        numbering &+= UInt64(breaks)
        pendingClause = (Self.bit(pendingClause) & isMark | (Self.clauseEndKinds &>> kind) & 1) != 0
        negation.reset()
        sentenceHasWords = (Self.bit(sentenceHasWords) | isWord) != 0
        let previous = roles & (0 &- isWord)
        previousRoles = TermRoles(rawValue: previous)
        Token.number(units + index, numbering: numbering)
        // The valence: the lexicon's, plus capitals and stretched letters; no booster is near,
        // so `boost` would add 0.0 too. A branch, rarely taken: when neither applies, the sums
        // would add ±0.0 with the value's own sign (-1 for 0), which leaves every value as it is.
        let capitals = Self.bit(capitalsMatter) & flags  // TokenFlags.allCaps is bit 0
        let stretched = (flags &>> 1) & 1  // TokenFlags.elongated
        var value = Double(valence)
        if (capitals | stretched) & 1 != 0 {
            let sign: Double = value > 0 ? 1 : -1
            value += sign * (ScoringConstants.capsIncrement * Double(capitals & 1))
            value += sign * (ScoringConstants.boosterStep * Double(stretched))
        }
        let result = Float(value).bitPattern & (0 &- (isWord & counts))
        setValence(index, Float(bitPattern: result))
        // `inPlay` now: the negation has ended.
        return sentenceEnds | previous & TermRoles.excess.rawValue
    }
}
