extension Scorer {
    /// Roles that `scoreSimpleWord` takes care of: the rest send a word to `process`.
    private static let simpleRoles = TermRoles(rawValue: TermRoles.clauseBreak.rawValue | TermRoles.booster.rawValue)
    private static let complexRoles = TermRoles(rawValue: TermRoles.acting.rawValue & ~simpleRoles.rawValue)

    /// The rules for the commonest words the scorer visits, when nothing around them is in
    /// play: a word with a valence and no other role, a clause break ("and", "because") or a
    /// plain booster ("very"), with no negation open, no sentence pending, not after "too",
    /// and (for a word with a valence) no booster among the three units before it nor "least"
    /// right before it. Exactly what `process` would do for such a word; false (having done
    /// nothing) for any other unit.
    @inline(__always)
    mutating func scoreSimpleWord(_ index: Int) -> Bool {
        let roles = units[index].lex.roles
        let flags = units[index].flags
        guard units[index].kind == .word, !flags.contains(.negatedContraction), roles.isDisjoint(with: Self.complexRoles),
              !negation.isOpen, !pendingSentence, !previousRoles.contains(.excess) else { return false }
        // A plain booster has no valence of its own; any other word its lexicon valence.
        let base = roles.contains(.booster) ? 0 : Double(units[index].lex.valence)
        if base != 0 && index >= 1 {
            var nearby = units[index &- 1].lex.roles.rawValue & (TermRoles.booster.rawValue | TermRoles.least.rawValue)
            if index >= 2 { nearby |= units[index &- 2].lex.roles.rawValue & TermRoles.booster.rawValue }
            if index >= 3 { nearby |= units[index &- 3].lex.roles.rawValue & TermRoles.booster.rawValue }
            if nearby != 0 { return false }
        }
        sentenceHasWords = true
        if pendingClause || roles.contains(.clauseBreak) {
            clause += 1
            pendingClause = false
        }
        units[index].sentence = sentence
        units[index].clause = clause
        previousRoles = roles
        guard base != 0 else {
            units[index].valence = 0
            return true
        }
        var value = base
        let sign: Double = value > 0 ? 1 : -1
        if capitalsMatter && flags.contains(.allCaps) { value += sign * ScoringConstants.capsIncrement }
        if flags.contains(.elongated) { value += sign * ScoringConstants.boosterStep }
        // No booster near: `boost` would add 0.0, which leaves a value that is not 0 as it is.
        units[index].valence = Float(value)
        return true
    }
}
