extension Analyzer {
    /// Gives every unit its valence: lexicon value, then capitals, elongation, boosters and
    /// negation (see `ScoringConstants`).
    mutating func scoreUnits() {
        let capsMatter = hasCapsDifferential()
        applyNegationScopes()
        for index in 0..<unitCount {
            state.phraseStart[index] = units[index].textStart
            guard let unitEntry = entry(index), isWordLike(index) else { continue }
            var valence = baseValence(index, unitEntry)
            let marks = state.marks[index]
            if valence == 0 {
                if marks & UnitState.negated != 0, unitEntry.roles.contains(.functionVerb) {
                    state.valence[index] = ScoringConstants.negatedFunction
                }
                continue
            }
            let sign: Double = valence > 0 ? 1 : -1
            let flags = units[index].flags
            if capsMatter && flags.contains(.allCaps) { valence += sign * ScoringConstants.capsIncrement }
            if flags.contains(.elongated) { valence += sign * ScoringConstants.boosterStep }
            valence += boost(before: index, sign: sign, capsMatter: capsMatter)
            if marks & UnitState.negated != 0 {
                valence *= valence > 0 ? ScoringConstants.negatedPositive : ScoringConstants.negatedNegative
            } else if marks & UnitState.intensified != 0 {
                valence *= ScoringConstants.neverIntensifier
            }
            if isNegatedByLeast(index) { valence *= ScoringConstants.negatedPositive }
            state.valence[index] = valence
        }
        dropOwnValenceOfUsedNegators()
    }

    /// The lexicon valence, or 0 when the unit acts as a modifier or a preposition here.
    private func baseValence(_ index: Int, _ unitEntry: LexiconEntry) -> Double {
        let ownRoles = unitEntry.roles
        if ownRoles.contains(.booster) {
            guard ownRoles.contains(.boosterOrWord), !modifiesNext(index) else { return 0 }
        }
        if ownRoles.contains(.likeAmbiguous) {
            guard index > 0, state.clause[index - 1] == state.clause[index] else { return 0 }
            let previous = roles(index - 1)
            let verbal = previous.contains(.likeSubject) || previous.contains(.negator)
                || units[index - 1].flags.contains(.negatedContraction)
            guard verbal else { return 0 }
        }
        return Double(unitEntry.valence)
    }

    /// True when a booster-or-word ("pretty", "super") is followed by a word it can boost.
    func modifiesNext(_ index: Int) -> Bool {
        let next = index + 1
        guard next < unitCount, isWordLike(next), let nextEntry = entry(next) else { return false }
        return nextEntry.valence != 0 || nextEntry.roles.contains(.booster)
    }

    /// Sum of the boosters in the three units before `index`, within its clause.
    private func boost(before index: Int, sign: Double, capsMatter: Bool) -> Double {
        var total = 0.0
        var distance = 1
        while distance <= 3, index - distance >= 0 {
            let position = index - distance
            guard isWordLike(position), state.clause[position] == state.clause[index] else { break }
            if let modifier = entry(position), modifier.roles.contains(.booster),
               !modifier.roles.contains(.boosterOrWord) || modifiesNext(position) {
                var scalar = Double(modifier.booster) * sign
                if capsMatter && units[position].flags.contains(.allCaps) {
                    scalar += sign * ScoringConstants.capsIncrement
                }
                total += scalar * ScoringConstants.boosterDecay[distance - 1]
                state.phraseStart[index] = min(state.phraseStart[index], units[position].textStart)
            }
            distance += 1
        }
        return total
    }

    /// VADER's rule for capitals: they add emphasis only when some words are in capitals and
    /// some are not.
    private func hasCapsDifferential() -> Bool {
        var capitals = 0
        var others = 0
        for index in 0..<unitCount where units[index].kind == .word {
            let flags = units[index].flags
            if flags.contains(.allCaps) { capitals += 1 } else if flags.contains(.hasLower) { others += 1 }
        }
        return capitals > 0 && others > 0
    }

    /// "least good" negates, "at least" and "very least" do not.
    private func isNegatedByLeast(_ index: Int) -> Bool {
        guard index > 0, roles(index - 1).contains(.least), state.clause[index - 1] == state.clause[index] else {
            return false
        }
        if index > 1, roles(index - 2).contains(.leastException) { return false }
        return true
    }
}
