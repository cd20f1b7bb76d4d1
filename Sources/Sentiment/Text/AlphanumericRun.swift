/// The leading run of ASCII letters and digits in eight bytes, found without a branch per byte
/// (SWAR: each byte of a 64-bit word is a lane, the eighth bit of each lane a verdict).
struct AlphanumericRun {
    /// Bytes in the run (0...8).
    let length: Int
    /// The eighth bit of each lane of the run that holds a letter, and of each capital letter.
    let letterLanes: UInt64
    let upperLanes: UInt64
    /// The eighth bit of each lane of the run (all eight when the run fills the word).
    let runLanes: UInt64
    /// Some letter or digit repeats three times in a row inside the run (exact within these
    /// eight bytes; a run that goes on into the next eight bytes is not looked at across them).
    let hasTriple: Bool

    static let lanes: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    static let lowSeven: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The number of lanes whose eighth bit is set (and no other bit): one multiply sums the
    /// lanes into the top byte, cheaper than a popcount the baseline x86-64 target lacks.
    @inline(__always)
    static func countLanes(_ flags: UInt64) -> Int {
        Int(truncatingIfNeeded: ((flags &>> 7) &* lanes) &>> 56)
    }

    /// Every bit of the lanes whose eighth bit is set in `flags`.
    @inline(__always)
    static func byteMask(_ flags: UInt64) -> UInt64 {
        (flags &>> 7) &* 0xFF
    }

    /// `word` holds eight text bytes, the first in its lowest byte.
    @inline(__always)
    init(_ word: UInt64) {
        let ascii = ~word & Self.highBits
        let low = word & Self.lowSeven
        let folded = low | (Self.lanes &* 0x20)
        // A lane is at least X when adding 0x80 - X sets its eighth bit (seven-bit lanes never carry).
        let letters = (folded &+ Self.lanes &* (0x80 - 0x61)) & ~(folded &+ Self.lanes &* (0x80 - 0x7B)) & ascii
        let digits = (low &+ Self.lanes &* (0x80 - 0x30)) & ~(low &+ Self.lanes &* (0x80 - 0x3A)) & ascii
        let stops = ~(letters | digits) & Self.highBits
        // The lanes below the first stop: all of them when there is none.
        let run = ((stops & (0 &- stops)) &- 1) & Self.highBits
        runLanes = run
        length = Self.countLanes(run)
        letterLanes = letters & run
        upperLanes = letters & run & ~(word &<< 2)
        // Lane i is zero when lanes i, i+1 and i+2 hold the same (case-folded) byte; lanes are
        // seven bits wide, so adding 0x7F sets the eighth bit exactly of the lanes that are not.
        hasTriple = Self.tripleLanes(folded) & (run &>> 16) != 0
    }

    /// The eighth bit of each lane that starts three equal lanes, in a word of seven-bit lanes
    /// (exact: adding 0x7F sets the eighth bit of exactly the lanes that are not 0).
    @inline(__always)
    static func tripleLanes(_ folded: UInt64) -> UInt64 {
        let differs = (folded ^ (folded &>> 8)) | (folded ^ (folded &>> 16))
        return ~(differs &+ lowSeven) & highBits
    }
}
