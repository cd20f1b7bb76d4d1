extension Analyzer {
    /// Numbers sentences and clauses. A sentence ends after a run of . ! ? … or a line break;
    /// a clause also ends at , ; : ( ) dashes and before clause words ("and", "because") and
    /// conjunctions ("but", "although").
    mutating func numberSentencesAndClauses() {
        var sentence: Int32 = 0
        var clause: Int32 = 0
        var pendingSentence = false
        var pendingClause = false
        for index in 0..<unitCount {
            let kind = units[index].kind
            if kind.endsSentence || kind == .clauseMark {
                state.sentence[index] = sentence
                state.clause[index] = clause
                if kind.endsSentence { pendingSentence = true }
                pendingClause = true
                continue
            }
            if pendingSentence {
                sentence += 1
                pendingSentence = false
            }
            if pendingClause || startsClause(index) {
                clause += 1
                pendingClause = false
            }
            state.sentence[index] = sentence
            state.clause[index] = clause
        }
    }

    /// True for words that open a new clause.
    func startsClause(_ index: Int) -> Bool {
        roles(index).contains(.clauseBreak) || roles(index).contains(.contrastive) || roles(index).contains(.concessive)
    }

    /// True when the unit is the first word-like unit of its clause.
    func isClauseInitial(_ index: Int) -> Bool {
        index == 0 || state.clause[index - 1] != state.clause[index] || units[index - 1].kind.endsClause
    }
}
