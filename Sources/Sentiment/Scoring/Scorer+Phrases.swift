extension Scorer {
    /// Joins the words from `start` that form the longest lexicon phrase ("can't stand",
    /// "to die for") into the unit at `target` (at or before `start`); returns how many tokens it
    /// took (1 when no phrase matches).
    mutating func mergePhrase(into target: Int, at start: Int) -> Int {
        var available = 1
        while available < Int(units[target].lex.longestPhrase), start + available < tokenCount,
              units[start + available].kind == .word || units[start + available].kind == .number {
            available += 1
        }
        var length = available
        while length >= 2 {
            let match = lookupPhrase(from: start, words: length)
            if match >= 0 {
                let flags = mergedFlags(from: start, words: length)
                units[target].setEntry(match, from: lexicon)
                units[target].textEnd = units[start + length - 1].textEnd
                units[target].kind = .word
                units[target].flags = flags
                return length
            }
            length -= 1
        }
        return 1
    }

    private mutating func mergedFlags(from start: Int, words: Int) -> TokenFlags {
        var allCaps = true
        var flags = TokenFlags.empty
        for index in start..<(start + words) {
            let unitFlags = units[index].flags
            if !unitFlags.contains(.allCaps) { allCaps = false }
            flags.formUnion(unitFlags.intersection(.keptByPhrases))
        }
        if allCaps { flags.insert(.allCaps) }
        return flags
    }

    /// Looks up the words from `start` as one phrase.
    private mutating func lookupPhrase(from start: Int, words: Int) -> Int32 {
        var hash = units[start].hash
        for index in (start + 1)..<(start + words) {
            hash = TermHash.combine(hash, units[index].hash)
        }
        return lexicon.find(hash: hash)
    }
}
