extension Analyzer {
    /// Weighs clauses around every contrastive and concessive conjunction, sentence by sentence:
    /// each "but"-like word halves what came before it in its sentence (or the previous sentence
    /// when it opens its own) and emphasises what follows; a conceded clause ("although …",
    /// "except …") is halved and the rest of its sentence emphasised.
    mutating func weighContrasts() {
        var start = 0
        var previous: Range<Int>?
        while start < unitCount {
            var stop = start + 1
            while stop < unitCount, state.sentence[stop] == state.sentence[start] { stop += 1 }
            let opensWithContrast = weighSentence(start..<stop)
            if opensWithContrast, let previous {
                for index in previous { state.weight[index] *= ScoringConstants.concededWeight }
            }
            previous = start..<stop
            start = stop
        }
    }

    /// Weighs one sentence; returns true when it opens with a contrastive word ("But …").
    private mutating func weighSentence(_ range: Range<Int>) -> Bool {
        var markers = 0
        var firstWord = -1
        var opensWithContrast = false
        for index in range where isWordLike(index) {
            if firstWord < 0 { firstWord = index }
            guard let position = contrastPosition(index) else { continue }
            markers += 1
            state.marks[position] |= UnitState.emphasised
            if position == firstWord { opensWithContrast = true }
        }
        if markers > 0 { halveBeforeMarkers(range, firstWord: firstWord) }
        let hasConcession = markConcededClauses(range)
        var emphasised = false
        for index in range {
            if state.marks[index] & UnitState.emphasised != 0 { emphasised = true }
            let conceded = state.marks[index] & Self.conceded != 0
            if conceded {
                state.weight[index] *= ScoringConstants.concededWeight
            } else if emphasised || hasConcession {
                state.weight[index] *= ScoringConstants.emphasisedWeight
            }
        }
        return opensWithContrast
    }

    /// Where a contrastive word takes effect: at the word itself, or for a trailing "though",
    /// at the start of its clause. Nil when the word does not contrast here.
    private func contrastPosition(_ index: Int) -> Int? {
        let wordRoles = roles(index)
        if wordRoles.contains(.trailingContrast) {
            guard index + 1 >= unitCount || !isWordLike(index + 1) else { return nil }
            var start = index
            while start > 0, isWordLike(start - 1), state.clause[start - 1] == state.clause[index] { start -= 1 }
            return start
        }
        guard wordRoles.contains(.contrastive) else { return nil }
        if wordRoles.contains(.clauseInitialOnly) {
            let initial = index == 0 || !isWordLike(index - 1) || roles(index - 1).contains(.clauseBreak)
            guard initial else { return nil }
        }
        return index
    }

    /// Halves each unit once for every contrastive marker after it in the sentence.
    private mutating func halveBeforeMarkers(_ range: Range<Int>, firstWord: Int) {
        var factor = 1.0
        for index in range.reversed() {
            state.weight[index] *= factor
            if state.marks[index] & UnitState.emphasised != 0, index != firstWord {
                factor *= ScoringConstants.concededWeight
            }
        }
    }

    /// Marks the clause each concessive word opens, up to the next punctuation mark; returns
    /// true when the sentence has one. A trailing "though" is contrastive, not concessive.
    private mutating func markConcededClauses(_ range: Range<Int>) -> Bool {
        var conceding = false
        var found = false
        for index in range {
            if !isWordLike(index) {
                conceding = false
                continue
            }
            let wordRoles = roles(index)
            if wordRoles.contains(.concessive), !(wordRoles.contains(.trailingContrast) && contrastPosition(index) != nil) {
                conceding = true
                found = true
            }
            if conceding { state.marks[index] |= Self.conceded }
        }
        return found
    }

    static let conceded: UInt8 = 8
}
