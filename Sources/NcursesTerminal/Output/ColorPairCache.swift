/// Hands out curses colour pairs per (foreground, background), reusing them, because pairs are few.
///
/// Pair 0 is the terminal's default colours and is never allocated. When every pair is taken,
/// further combinations fall back to pair 0: the text stays readable, in default colours.
struct ColorPairCache {
    /// How many pairs may be allocated (COLOR_PAIRS - 1, at most what a `short` holds).
    let capacity: Int
    private var pairs: [Int32: Int16] = [:]
    private var nextPair: Int16 = 1

    init(colorPairs: Int) {
        capacity = max(0, min(colorPairs, Int(Int16.max)) - 1)
    }

    /// The pair for these colour numbers (-1 = the terminal's default), allocating it on first use.
    ///
    /// `allocate(pair, foreground, background)` defines a new pair (curses' `init_pair`) and
    /// returns false when curses refuses it.
    mutating func pair(foreground: Int16, background: Int16,
                       allocate: (Int16, Int16, Int16) -> Bool) -> Int16 {
        if foreground == -1 && background == -1 { return 0 }
        let key = Int32(foreground) << 16 | Int32(UInt16(bitPattern: background))
        if let pair = pairs[key] { return pair }
        guard Int(nextPair) <= capacity, allocate(nextPair, foreground, background) else { return 0 }
        pairs[key] = nextPair
        defer { nextPair += 1 }
        return nextPair
    }
}
