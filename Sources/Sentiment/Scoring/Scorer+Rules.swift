extension Scorer {
    /// Works out one word-like unit: its place in a negation scope, then its valence from the
    /// lexicon, capitals, elongation, boosters, negation and "least".
    mutating func applyRules(_ index: Int, next: LexiconEntry?) {
        if negation.isOpen, units[index].clause != negation.clause { negation.reset() }
        if isNegator(index) {
            openNegation(at: index, next: next)
            setValence(index, Float(valence(of: index, next: next, marks: .empty)))
            return
        }
        if negation.fromNever, negation.active > 0, negation.unit == index - 1,
           units[index].lex.roles.contains(.neverIntensifierTarget) {
            // A phrase merged after "never" opened its scope ("never had such bland food"):
            // "never" looked ahead at the phrase's first word only.
            negation.intensify = true
            negation.active = 0
        }
        if negation.active > 0, negation.unit == index - 1, units[index].lex.roles.contains(.negationBlocker) {
            // A phrase merged right after the negator that blocks it ("can't *recommend them
            // enough*"): the negator looked ahead at the phrase's first word only.
            negation.reset()
        }
        if negation.isOpen, index > negation.unit + 1, units[index].lex.roles.isSuperset(of: .restatement) {
            // "It wasn't anything at all, just one big yawn", "isn't the only good thing": a
            // "just" or "only" past the negator starts what the negation does not reach.
            negation.reset()
        }
        guard negation.isOpen else {
            setValence(index, Float(refusal(at: index) ?? valence(of: index, next: next, marks: .empty)))
            return
        }
        var marks = RuleMarks.empty
        if negation.fromNever && index > 0 && units[index - 1].lex.roles.contains(.neverIntensifierTarget) {
            // VADER's rule: "never … so bad", "never … this good" intensify rather than negate.
            marks.insert(.intensified)
        } else {
            if negation.active % 2 == 1 { marks.insert(.negated) }
            if negation.intensify { marks.insert(.intensified) }
        }
        units[index].marks.formUnion(marks)
        units[index].phraseStart = negation.start
        if marks.contains(.negated), !negation.counterfactual, units[index].lex.roles.contains(.patronage) {
            negatedPatronage = index
            negatedPatronageByNever = negation.fromNever
        }
        let value = refusal(at: index) ?? valence(of: index, next: next, marks: marks)
        setValence(index, Float(value))
        if !units[index].lex.roles.contains(.stopword) { negation.reachLeft -= 1 }
        let handsOn = value == 0 && units[index].lex.roles.contains(.functionVerb) && Self.canBeBoosted(next)
        if !handsOn && (endsNegationScope(index, value: value) || negation.reachLeft == 0) {
            if value != 0, marks.contains(.negated), negation.unit >= 0,
               units[negation.unit].lex.roles.contains(.negatorWithOwnValence) {
                withdrawValence(negation.unit)
            }
            if value != 0, next?.roles.contains(.coordinator) ?? false {
                negation.reachLeft = ScoringConstants.negationReach
            } else {
                let carried = value != 0 && marks.contains(.negated) ? negation.active : 0
                negation.reset()
                negation.carried = carried
            }
        }
    }

    /// The valence of a refusal to come back, at a return-intent word within reach of a negated
    /// patronage verb in its clause ("never *buy* anything from them *again*", "won't *come
    /// back*", where one unit is both), or nil. The refusal replaces what the verb scored as a
    /// failure ("won't come": the negated verb of function) and is marked for the churn signal;
    /// its driver phrase runs from the negator.
    private mutating func refusal(at index: Int) -> Double? {
        let verb = negatedPatronage
        guard verb >= 0, units[index].lex.roles.contains(.returnIntent), index - verb <= ScoringConstants.refusalReach,
              units[verb].clause == units[index].clause else { return nil }
        negatedPatronage = -1
        if verb != index {
            if units[verb].valence != 0 { withdrawValence(verb) }
            units[index].phraseStart = min(units[index].phraseStart, units[verb].phraseStart)
        }
        units[index].marks.insert(.refusedReturn)
        return negatedPatronageByNever ? ScoringConstants.refusedReturnWithNever : ScoringConstants.refusedReturn
    }

    /// True for negators: lexicon negators, any word ending in "n't", and a negating question
    /// ("isn't it") anywhere but at the start of a clause, where it asks rather than denies
    /// ("Isn't it great?", but "why isn't it ready").
    private mutating func isNegator(_ index: Int) -> Bool {
        let roles = units[index].lex.roles
        let question = roles.contains(.clauseInitialOnly) && !roles.contains(.contrastive) && !isClauseInitial(index)
        return units[index].kind == .word
            && (roles.contains(.negator) || units[index].flags.contains(.negatedContraction) || question)
    }

    private mutating func openNegation(at index: Int, next: LexiconEntry?) {
        let nextRoles = next?.roles ?? .empty
        if nextRoles.contains(.negationBlocker) { return }
        if units[index].lex.roles.contains(.neverWord), nextRoles.contains(.neverIntensifierTarget) {
            negation.intensify = true
            negation.active = 0
        } else {
            // A negator right after another stacks ("not never"); one that comes after the open
            // scope has reached past words starts a scope of its own ("advise to not purchase
            // this item it never worked well": "never" alone negates "well").
            let stacks = negation.active > 0 && negation.reachLeft == ScoringConstants.negationReach
            negation.active = stacks ? negation.active + 1 : 1
        }
        negation.counterfactual = units[index].lex.roles.contains(.counterfactual)
        negation.fromNever = units[index].lex.roles.contains(.neverWord)
        negation.reachLeft = ScoringConstants.negationReach
        negation.start = units[index].textStart
        negation.unit = index
        negation.clause = units[index].clause
    }

    /// A booster does not use up a negation ("not very good"); anything with a valence, or a
    /// verb of function, does.
    private mutating func endsNegationScope(_ index: Int, value: Double) -> Bool {
        let roles = units[index].lex.roles
        if roles.contains(.booster) && value == 0 { return false }
        return value != 0 || units[index].lex.valence != 0 || roles.contains(.functionVerb)
    }

    /// The unit's valence after all word-level rules.
    private mutating func valence(of index: Int, next: LexiconEntry?, marks: RuleMarks) -> Double {
        var value = baseValence(index, next: next)
        if value == 0 {
            if marks.contains(.negated) && units[index].lex.roles.contains(.functionVerb) {
                // "didn't work well": the word after carries the negation instead.
                return Self.canBeBoosted(next) ? 0 : ScoringConstants.negatedFunction
            }
            return isExcess(index) ? ScoringConstants.excess : 0
        }
        let sign: Double = value > 0 ? 1 : -1
        let flags = units[index].flags
        if capitalsMatter && flags.contains(.allCaps) { value += sign * ScoringConstants.capsIncrement }
        if flags.contains(.elongated) { value += sign * ScoringConstants.boosterStep }
        value += boost(before: index, sign: sign)
        if marks.contains(.negated) {
            if value > 0 {
                value *= ScoringConstants.negatedPositive
            } else if !negation.counterfactual {
                value *= ScoringConstants.negatedNegative
            }
        } else if marks.contains(.intensified) {
            value *= ScoringConstants.neverIntensifier
        }
        if isNegatedByLeast(index) { value *= ScoringConstants.negatedPositive }
        return value
    }

    /// The lexicon valence, or 0 when the unit acts as a modifier or a preposition here.
    private mutating func baseValence(_ index: Int, next: LexiconEntry?) -> Double {
        let roles = units[index].lex.roles
        if roles.contains(.booster) {
            guard roles.contains(.boosterOrWord), !Self.canBeBoosted(next) else { return 0 }
        }
        if roles.contains(.likeAmbiguous) {
            guard index > 0, units[index - 1].isWordLike, units[index - 1].clause == units[index].clause else { return 0 }
            let previous = units[index - 1].lex.roles
            let verbal = previous.contains(.likeSubject) || previous.contains(.negator)
                || units[index - 1].flags.contains(.negatedContraction)
            guard verbal else { return 0 }
        }
        return Double(units[index].lex.valence)
    }

    /// True when a word can be boosted by a booster-or-word before it ("pretty good").
    private static func canBeBoosted(_ next: LexiconEntry?) -> Bool {
        guard let next else { return false }
        return next.valence != 0 || next.roles.contains(.booster)
    }

    /// Sum of the boosters in the three units before `index`, within its clause.
    private mutating func boost(before index: Int, sign: Double) -> Double {
        var total = 0.0
        var distance = 1
        while distance <= 3, index - distance >= 0 {
            let position = index - distance
            guard units[position].isWordLike, units[position].clause == units[index].clause else { break }
            let roles = units[position].lex.roles
            if roles.contains(.booster), !roles.contains(.boosterOrWord) || Self.canBeBoosted(units[position + 1].lex) {
                var scalar = Double(units[position].lex.booster) * sign
                if capitalsMatter && units[position].flags.contains(.allCaps) {
                    scalar += sign * ScoringConstants.capsIncrement
                }
                total += scalar * Self.boosterDecay(distance)
                units[index].phraseStart = min(units[index].phraseStart, units[position].textStart)
            }
            distance += 1
        }
        return total
    }

    @inline(__always)
    private static func boosterDecay(_ distance: Int) -> Double {
        distance == 1 ? ScoringConstants.boosterDecay.0 : distance == 2 ? ScoringConstants.boosterDecay.1 : ScoringConstants.boosterDecay.2
    }

    /// A plain content word right after "too" ("too big", "too much") is an excess.
    private mutating func isExcess(_ index: Int) -> Bool {
        guard index > 0, units[index].kind == .word, units[index - 1].lex.roles.contains(.excess),
              units[index - 1].clause == units[index].clause else { return false }
        let roles = units[index].lex.roles
        guard roles.isDisjoint(with: .excessBlockers) else { return false }
        units[index].phraseStart = units[index - 1].textStart
        return true
    }

    /// "least good" negates, "at least" and "very least" do not.
    private mutating func isNegatedByLeast(_ index: Int) -> Bool {
        guard index > 0, units[index - 1].lex.roles.contains(.least), units[index - 1].clause == units[index].clause else {
            return false
        }
        if index > 1, units[index - 2].lex.roles.contains(.leastException) { return false }
        return true
    }
}
