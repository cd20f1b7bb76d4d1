/// The leading run of ASCII letters and digits in eight bytes, found without a branch per byte
/// (SWAR: each byte of a 64-bit word is a lane, the eighth bit of each lane a verdict).
struct AlphanumericRun {
    /// Bytes in the run (0...8).
    let length: Int
    /// Capital letters and digits in the run.
    let uppers: Int
    let digits: Int
    /// Some letter may repeat three times in a row in the run (never false when one does).
    let mayBeStretched: Bool

    private static let lanes: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowSeven: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// True when some lane among the first `lanes` may start three equal bytes. The zero-lane
    /// test can report a lane after a real zero lane by mistake, never miss one.
    @inline(__always)
    private static func hasTripleCandidate(_ folded: UInt64, lanes: Int) -> Bool {
        let differs = (folded ^ (folded >> 8)) | (folded ^ (folded >> 16))
        let zeroLanes = (differs &- Self.lanes) & ~differs & Self.highBits
        return zeroLanes & firstLanes(lanes) != 0
    }

    /// The number of lanes whose eighth bit is set (and no other bit): one multiply sums the
    /// lanes into the top byte, cheaper than a popcount the baseline x86-64 target lacks.
    @inline(__always)
    private static func countLanes(_ flags: UInt64) -> Int {
        Int(truncatingIfNeeded: ((flags >> 7) &* Self.lanes) >> 56)
    }

    /// A mask of the first `count` lanes (0...8; fewer than one is none).
    @inline(__always)
    private static func firstLanes(_ count: Int) -> UInt64 {
        UInt64.max >> UInt64(truncatingIfNeeded: (8 &- min(8, max(0, count))) &* 8)
    }

    /// `word` holds eight text bytes, the first in its lowest byte.
    @inline(__always)
    init(_ word: UInt64) {
        let ascii = ~word & Self.highBits
        let low = word & Self.lowSeven
        let folded = (word | Self.lanes &* 0x20) & Self.lowSeven
        // A lane is at least X when adding 0x80 - X sets its eighth bit (seven-bit lanes never carry).
        let letters = (folded &+ Self.lanes &* (0x80 - 0x61)) & ~(folded &+ Self.lanes &* (0x80 - 0x7B))
        let digitLanes = (low &+ Self.lanes &* (0x80 - 0x30)) & ~(low &+ Self.lanes &* (0x80 - 0x3A))
        let alphanumeric = (letters | digitLanes) & ascii & Self.highBits
        // No stop in the word: trailingZeroBitCount is 64, so the run is all eight lanes.
        let count = (~alphanumeric & Self.highBits).trailingZeroBitCount >> 3
        let keep = Self.firstLanes(count)
        let upperLanes = letters & ~(word << 2) & ascii & Self.highBits & keep
        length = count
        mayBeStretched = Self.hasTripleCandidate(folded, lanes: count &- 2)
        uppers = Self.countLanes(upperLanes)
        digits = Self.countLanes(digitLanes & ascii & Self.highBits & keep)
    }
}
