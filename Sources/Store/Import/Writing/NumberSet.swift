/// A set of positive numbers, most of them small and close together (the short ids an import
/// hands out): one bit each up to a bound, a `Set` beyond it. A million ids take 125 KB
/// instead of the ~16 MB of a `Set<Int64>`.
struct NumberSet {
    private var bits: [UInt64] = []
    private var others: Set<Int64> = []

    /// Numbers kept as bits: up to 64 Mi (8 MB of bits at most).
    private static let bitLimit: Int64 = 1 << 26

    func contains(_ number: Int64) -> Bool {
        guard number >= 0, number < Self.bitLimit else { return others.contains(number) }
        let word = Int(number >> 6)
        return word < bits.count && bits[word] & (1 << UInt64(number & 63)) != 0
    }

    mutating func insert(_ number: Int64) {
        guard number >= 0, number < Self.bitLimit else {
            others.insert(number)
            return
        }
        let word = Int(number >> 6)
        if word >= bits.count {
            bits += repeatElement(0, count: Swift.max(word + 1, bits.count * 2) - bits.count)
        }
        bits[word] |= 1 << UInt64(number & 63)
    }
}
