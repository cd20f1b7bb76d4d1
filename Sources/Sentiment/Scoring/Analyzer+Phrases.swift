extension Analyzer {
    /// Joins consecutive words that form a lexicon phrase ("can't stand", "to die for") into one
    /// unit carrying the phrase's entry, longest match first.
    mutating func mergePhrases() {
        let longest = lexicon.longestPhrase
        guard longest >= 2 else { return }
        var read = 0
        var write = 0
        while read < unitCount {
            var unit = units[read]
            var consumed = 1
            if let first = entry(read), first.longestPhrase >= 2, isPhraseWord(read) {
                var available = 1
                while available < Int(first.longestPhrase), read + available < unitCount, isPhraseWord(read + available) {
                    available += 1
                }
                var length = available
                while length >= 2 {
                    let match = lookupPhrase(from: read, words: length)
                    if match >= 0 {
                        unit.entry = match
                        unit.textEnd = units[read + length - 1].textEnd
                        unit.kind = .word
                        unit.flags = mergedFlags(from: read, words: length)
                        consumed = length
                        break
                    }
                    length -= 1
                }
            }
            units[write] = unit
            write += 1
            read += consumed
        }
        unitCount = write
    }

    private func isPhraseWord(_ index: Int) -> Bool {
        let kind = units[index].kind
        return kind == .word || kind == .number
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

    /// Looks up the words from `start` joined by single spaces.
    private func lookupPhrase(from start: Int, words: Int) -> Int32 {
        var storage: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &storage) { raw -> Int32 in
            let capacity = raw.count
            guard let key = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return -1 }
            var length = 0
            var hash = TermHash.seed
            for index in start..<(start + words) {
                let unit = units[index]
                let wordLength = Int(unit.normLength)
                if index > start {
                    guard length < capacity else { return -1 }
                    key[length] = 0x20
                    hash = TermHash.step(hash, 0x20)
                    length += 1
                }
                guard length + wordLength <= capacity else { return -1 }
                let source = norm + Int(unit.normStart)
                for offset in 0..<wordLength {
                    key[length] = source[offset]
                    hash = TermHash.step(hash, source[offset])
                    length += 1
                }
            }
            return lexicon.find(key, count: length, hash: hash)
        }
    }
}
