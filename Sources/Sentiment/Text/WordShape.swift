/// What the tokenizer's fast path needs of a word of fewer than sixteen ASCII letters and
/// digits, found from one or two eight-byte loads with no branch per byte: its length, the byte
/// after it, its letters, flags and hash.
struct WordShape {
    /// Bytes in the word: 1...15, or 16 or more (`isLong`) when it goes on past two loads.
    let length: Int
    /// The byte after the word (0 past the end of the text).
    let after: UInt8
    /// The word has a letter (else it is a number).
    let hasLetters: Bool
    let hasDigits: Bool
    let flags: TokenFlags
    /// `TermHash` of the lower-cased word (meaningless when `isLong`).
    let hash: UInt64
    /// The word goes on past sixteen bytes: not for the fast path.
    let isLong: Bool
    /// The part of the token's settle bits that comes from the word (`Settler.wordBits`).
    let settleBits: UInt8

    /// A word that starts with the eight bytes of `first` and ends in them (`run.length` < 8).
    @inline(__always)
    init(short first: UInt64, run: AlphanumericRun) {
        length = run.length
        after = UInt8(truncatingIfNeeded: first &>> UInt64(truncatingIfNeeded: run.length &* 8))
        hasLetters = run.letterLanes != 0
        hasDigits = run.letterLanes != run.runLanes
        flags = Self.flags(lowerLanes: run.letterLanes & ~run.upperLanes,
                           twoCapitals: run.upperLanes & (run.upperLanes &- 1), stretched: run.hasTriple)
        settleBits = Self.settleBits(hasLetters: hasLetters, flags: flags)
        let tail = (first | TermHash.lowercaseBits) & AlphanumericRun.byteMask(run.runLanes)
        hash = TermHash.mix(TermHash.seed ^ UInt64(truncatingIfNeeded: run.length) ^ tail ^ 0x5555)
        isLong = false
    }

    /// A word whose first eight bytes are all letters and digits (`first`, `run`), going on
    /// into `second`.
    @inline(__always)
    init(first: UInt64, run: AlphanumericRun, second: UInt64, secondRun: AlphanumericRun) {
        length = 8 &+ secondRun.length
        after = UInt8(truncatingIfNeeded: second &>> UInt64(truncatingIfNeeded: (secondRun.length & 7) &* 8))
        hasLetters = run.letterLanes | secondRun.letterLanes != 0
        hasDigits = (run.letterLanes ^ run.runLanes) | (secondRun.letterLanes ^ secondRun.runLanes) != 0
        let capitals = AlphanumericRun.countLanes(run.upperLanes) &+ AlphanumericRun.countLanes(secondRun.upperLanes)
        // A letter three times in a row across the two loads: starting at the seventh or eighth
        // byte (lanes 0 and 1 of `joined`), within the word.
        let joined = (Self.folded(first) &>> 48) | (Self.folded(second) &<< 16)
        let across = AlphanumericRun.tripleLanes(joined) & secondRun.runLanes & 0x8080
        flags = Self.flags(lowerLanes: (run.letterLanes & ~run.upperLanes) | (secondRun.letterLanes & ~secondRun.upperLanes),
                           twoCapitals: UInt64(truncatingIfNeeded: capitals &>> 1),
                           stretched: run.hasTriple || secondRun.hasTriple || across != 0)
        settleBits = Self.settleBits(hasLetters: hasLetters, flags: flags)
        let head = TermHash.mix(TermHash.seed ^ UInt64(truncatingIfNeeded: length) ^ (first | TermHash.lowercaseBits))
        let tail = (second | TermHash.lowercaseBits) & AlphanumericRun.byteMask(secondRun.runLanes)
        hash = TermHash.mix(head ^ tail ^ 0x5555)
        isLong = secondRun.length == 8
    }

    /// Each byte's low seven bits with 0x20 set (ASCII letters in lower case).
    @inline(__always)
    private static func folded(_ word: UInt64) -> UInt64 {
        (word & AlphanumericRun.lowSeven) | (AlphanumericRun.lanes &* 0x20)
    }

    /// `Settler.wordBits` for flags `flags(lowerLanes:twoCapitals:stretched:)` made, where capitals
    /// rule out small letters: the word's presence bits (a word; in capitals; with small letters)
    /// moved up two, or 1 (visited) for a number.
    @inline(__always)
    private static func settleBits(hasLetters: Bool, flags: TokenFlags) -> UInt8 {
        let raw = UInt8(truncatingIfNeeded: flags.rawValue)
        let word = 4 | (raw & 1) &<< 4 | (raw & 8) &<< 2  // allCaps is bit 0, hasLower bit 3
        return hasLetters ? word : 1
    }

    /// Flags from the lanes with small letters, a value that is not 0 when there are two
    /// capitals or more, and whether a letter may be stretched. No branch.
    @inline(__always)
    private static func flags(lowerLanes: UInt64, twoCapitals: UInt64, stretched: Bool) -> TokenFlags {
        let hasLower = UInt16(truncatingIfNeeded: (lowerLanes | (0 &- lowerLanes)) &>> 63)
        let capitals = UInt16(truncatingIfNeeded: (twoCapitals | (0 &- twoCapitals)) &>> 63)
        var flags = UInt16(stretched ? 1 : 0) &<< 8  // mayBeStretched
        flags |= hasLower &<< 3
        flags |= capitals & (hasLower ^ 1)  // allCaps
        return TokenFlags(rawValue: flags)
    }
}
