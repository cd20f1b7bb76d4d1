/// What the tokenizer's fast path needs of a word of fewer than sixteen ASCII letters and
/// digits, found from the classified lanes of its first sixteen bytes with no branch per byte:
/// its length, the byte after it, its letters, flags and hash.
struct WordShape {
    /// Bytes in the word: 1...15, or 16 (`isLong`) when it goes on past the sixteen classified.
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

    /// A word of up to sixteen ASCII letters and digits from the classified lanes of its first
    /// sixteen bytes (`csentiment_classify16`) and the same bytes as two eight-byte loads.
    @inline(__always)
    init(lanes: UInt64, first: UInt64, second: UInt64) {
        let stops = (~lanes & 0xFFFF) | 0x1_0000
        length = stops.trailingZeroBitCount
        let run = (1 as UInt64) &<< UInt64(truncatingIfNeeded: length) &- 1
        let letters = (lanes &>> 16) & run
        let capitals = (lanes &>> 32) & run
        let triples = (lanes &>> 48) & (run &>> 2)
        hasLetters = letters != 0
        hasDigits = letters != run
        flags = Self.flags(lowerLanes: letters & ~capitals, twoCapitals: capitals & (capitals &- 1), stretched: triples != 0)
        settleBits = Self.settleBits(hasLetters: hasLetters, flags: flags)
        isLong = length == 16
        if length < 8 {
            after = UInt8(truncatingIfNeeded: first &>> UInt64(truncatingIfNeeded: length &* 8))
            let tail = (first | TermHash.lowercaseBits) & Self.lowBytes(length)
            hash = TermHash.mix(TermHash.seed ^ UInt64(truncatingIfNeeded: length) ^ tail ^ 0x5555)
        } else {
            after = UInt8(truncatingIfNeeded: second &>> UInt64(truncatingIfNeeded: (length & 7) &* 8))
            let head = TermHash.mix(TermHash.seed ^ UInt64(truncatingIfNeeded: length) ^ (first | TermHash.lowercaseBits))
            let tail = (second | TermHash.lowercaseBits) & Self.lowBytes(length &- 8)
            hash = TermHash.mix(head ^ tail ^ 0x5555)
        }
    }

    /// The low `count` bytes of a word set (0...7; 8 gives none, which only a long word asks).
    @inline(__always)
    private static func lowBytes(_ count: Int) -> UInt64 {
        ((1 as UInt64) &<< UInt64(truncatingIfNeeded: (count & 7) &* 8)) &- 1
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
