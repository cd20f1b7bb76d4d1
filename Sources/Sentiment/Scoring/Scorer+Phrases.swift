extension Scorer {
    /// Joins the words from `start` that form the longest lexicon phrase ("can't stand",
    /// "to die for") into `unit`; returns how many tokens it took (1 when no phrase matches).
    func mergePhrase(into unit: inout Token, at start: Int) -> Int {
        guard start + 1 < tokenCount, units[start + 1].lex.roles.contains(.phraseSecond) else { return 1 }
        var available = 1
        while available < Int(unit.lex.longestPhrase), start + available < tokenCount,
              units[start + available].kind == .word || units[start + available].kind == .number {
            available += 1
        }
        var length = available
        while length >= 2 {
            let match = lookupPhrase(from: start, words: length)
            if match >= 0 {
                unit.setEntry(match, from: lexicon)
                unit.textEnd = units[start + length - 1].textEnd
                unit.kind = .word
                unit.flags = mergedFlags(from: start, words: length)
                return length
            }
            length -= 1
        }
        return 1
    }

    private func mergedFlags(from start: Int, words: Int) -> TokenFlags {
        var allCaps = true
        var flags: TokenFlags = []
        for index in start..<(start + words) {
            let unitFlags = units[index].flags
            if !unitFlags.contains(.allCaps) { allCaps = false }
            flags.formUnion(unitFlags.intersection([.hashtag, .hasLower, .elongated]))
        }
        if allCaps { flags.insert(.allCaps) }
        return flags
    }

    /// Looks up the words from `start` as one phrase.
    private func lookupPhrase(from start: Int, words: Int) -> Int32 {
        var hash = units[start].hash
        for index in (start + 1)..<(start + words) {
            hash = TermHash.combine(hash, units[index].hash)
        }
        return lexicon.find(hash: hash)
    }
}
