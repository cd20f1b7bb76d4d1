extension Analyzer {
    /// Marks the units each negator reaches: the words after it, up to the first sentiment word
    /// (or negated verb of function), at most `negationReach` words, and never past the end of
    /// its clause. Negations inside the same scope cancel out.
    mutating func applyNegationScopes() {
        var active = 0
        var reachLeft = 0
        var intensify = false
        var negatorStart: Int32 = 0
        var scopeClause: Int32 = -1
        for index in 0..<unitCount {
            guard isWordLike(index) else {
                active = 0
                intensify = false
                continue
            }
            if state.clause[index] != scopeClause {
                active = 0
                intensify = false
            }
            if isNegator(index) {
                if index + 1 < unitCount, roles(index + 1).contains(.negationBlocker) { continue }
                if roles(index).contains(.neverWord), index + 1 < unitCount,
                   roles(index + 1).contains(.neverIntensifierTarget) {
                    intensify = true
                    active = 0
                } else {
                    active += 1
                }
                reachLeft = ScoringConstants.negationReach
                negatorStart = units[index].textStart
                scopeClause = state.clause[index]
                continue
            }
            guard active > 0 || intensify else { continue }
            if active % 2 == 1 { state.marks[index] |= UnitState.negated }
            if intensify { state.marks[index] |= UnitState.intensified }
            state.phraseStart[index] = negatorStart
            reachLeft -= 1
            if endsNegationScope(index) || reachLeft == 0 {
                active = 0
                intensify = false
            }
        }
    }

    /// True for negators: lexicon negators and any word ending in "n't".
    func isNegator(_ index: Int) -> Bool {
        units[index].kind == .word
            && (roles(index).contains(.negator) || units[index].flags.contains(.negatedContraction))
    }

    /// A sentiment word or a verb of function uses up the negation before it.
    private func endsNegationScope(_ index: Int) -> Bool {
        guard let unitEntry = entry(index) else { return false }
        if unitEntry.roles.contains(.booster) && !unitEntry.roles.contains(.boosterOrWord) { return false }
        return unitEntry.valence != 0 || unitEntry.roles.contains(.functionVerb)
    }

    /// "no" has a valence of its own ("no napkins") that it gives up when it negates a sentiment
    /// word ("no problems").
    mutating func dropOwnValenceOfUsedNegators() {
        for index in 0..<unitCount where roles(index).contains(.negatorWithOwnValence) {
            var next = index + 1
            while next < unitCount, next <= index + ScoringConstants.negationReach, isWordLike(next),
                  state.clause[next] == state.clause[index] {
                if state.marks[next] & UnitState.negated != 0, state.valence[next] != 0 {
                    state.valence[index] = 0
                    break
                }
                next += 1
            }
        }
    }
}
