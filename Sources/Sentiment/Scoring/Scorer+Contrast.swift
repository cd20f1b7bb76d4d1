extension Scorer {
    /// Weighs the clauses of one sentence around its contrastive and concessive conjunctions:
    /// each "but"-like word halves what came before it in the sentence and emphasises what
    /// follows; a conceded clause ("although …", "except …") is halved and the rest of its
    /// sentence emphasised. Returns true when the sentence opens with a contrastive word
    /// ("But …"), which halves the sentence before instead.
    mutating func weighSentence(_ range: Range<Int>) -> Bool {
        var firstWord = -1
        var markers = 0
        var opensWithContrast = false
        var hasConcession = false
        var conceding = false
        for index in range {
            guard units[index].isWordLike else {
                conceding = false
                continue
            }
            if firstWord < 0 { firstWord = index }
            if let position = contrastPosition(index) {
                markers += 1
                units[position].marks.insert(.contrastHere)
                if position == firstWord { opensWithContrast = true }
            } else if units[index].lex.roles.contains(.concessive) {
                conceding = true
                hasConcession = true
            }
            if conceding { units[index].marks.insert(.conceded) }
        }
        guard markers > 0 || hasConcession else { return false }
        applyWeights(range, firstWord: firstWord, hasConcession: hasConcession)
        return opensWithContrast
    }

    private mutating func applyWeights(_ range: Range<Int>, firstWord: Int, hasConcession: Bool) {
        var factor: Float = 1
        for index in range.reversed() {
            units[index].weight *= factor
            if units[index].marks.contains(.contrastHere), index != firstWord {
                factor *= Float(ScoringConstants.concededWeight)
            }
        }
        var emphasised = false
        for index in range {
            if units[index].marks.contains(.contrastHere) { emphasised = true }
            if units[index].marks.contains(.conceded) {
                units[index].weight *= Float(ScoringConstants.concededWeight)
            } else if emphasised || hasConcession {
                units[index].weight *= Float(ScoringConstants.emphasisedWeight)
            }
        }
    }

    /// Where a contrastive word takes effect: at the word itself, or for a trailing "though",
    /// at the start of its clause. Nil when the word does not contrast here.
    private mutating func contrastPosition(_ index: Int) -> Int? {
        let roles = units[index].lex.roles
        guard roles.contains(.contrastive) || roles.contains(.trailingContrast) else { return nil }
        if roles.contains(.trailingContrast) {
            guard index + 1 >= unitCount || !units[index + 1].isWordLike else { return nil }
            var start = index
            while start > 0, units[start - 1].isWordLike, units[start - 1].clause == units[index].clause { start -= 1 }
            return start
        }
        if roles.contains(.clauseInitialOnly) {
            guard isClauseInitial(index) else { return nil }
        }
        return index
    }

    /// True when the unit opens its clause: first of all, after a mark, or after a word that
    /// breaks clauses ("and", "because").
    func isClauseInitial(_ index: Int) -> Bool {
        index == 0 || !units[index - 1].isWordLike || units[index - 1].lex.roles.contains(.clauseBreak)
    }
}
