/// An immutable hash table from normalised terms to their entries.
///
/// Built once (see `Lexicon.shared`) and then only read, from any thread: its storage is
/// allocated in `init`, never written afterwards and freed in `deinit`, which is why the
/// unchecked `Sendable` conformance is sound.
///
/// Terms are identified by their 64-bit `TermHash`. The table is a cuckoo hash of buckets of
/// two hashes (16 bytes, never across a cache line): every term sits in one of two buckets
/// that its hash names, so a look-up compares four hashes and works out the slot with
/// arithmetic, without a single branch, whether the word is there or not (a text's words are
/// found or not in no order a branch predictor could learn). Entries sit in a separate array by slot, read only
/// for the slot found (or the empty entry after the last slot, for a miss).
/// `LexiconBuilder` checks that no two terms share a hash (`hasDistinctHashes`).
final class Lexicon: @unchecked Sendable {
    /// Number of terms.
    let count: Int
    /// The longest phrase, in words, that any term starts.
    let longestPhrase: Int
    /// False if two terms share a 64-bit hash (the later one is then unreachable).
    let hasDistinctHashes: Bool
    static let bucketSize = 2
    /// Hashes by slot, `bucketSize` slots a bucket; 0 marks an empty slot (no term hashes to 0:
    /// see `stored(_:)`).
    private let hashes: UnsafeMutablePointer<UInt64>
    private let entries: UnsafeMutablePointer<LexiconEntry>
    private let bucketMask: Int
    /// One slot past the table, always empty: what `entryOrEmpty` reads for a miss.
    private let missSlot: Int
    private let missSlotShift: Int
    /// Bits set for the hash of the first two words of every phrase (`phrasePrefixBit`).
    private let phrasePrefixes: UnsafeMutablePointer<UInt64>
    static let phrasePrefixBits = 1 << 14
    private let keyOfSlot: [Int32: [UInt8]]

    /// Builds the table from distinct normalised keys and their entries.
    init(terms: [(key: [UInt8], entry: LexiconEntry)]) {
        count = terms.count
        // The first of two terms with one hash wins; the later is unreachable.
        var seen = Set<UInt64>()
        let kept = terms.map { (key: $0.key, hash: Self.stored(TermHash.key($0.key)), entry: $0.entry) }
            .filter { seen.insert($0.hash).inserted }
        hasDistinctHashes = kept.count == terms.count
        var buckets = 16
        while buckets * Self.bucketSize * 5 < kept.count * 8 { buckets <<= 1 }
        var placement = Self.place(kept.map(\.hash), buckets: buckets)
        while placement == nil {
            buckets <<= 1
            placement = Self.place(kept.map(\.hash), buckets: buckets)
        }
        let slotOfTerm = placement ?? []
        let slotCount = buckets * Self.bucketSize
        bucketMask = buckets - 1
        missSlot = slotCount
        missSlotShift = slotCount.trailingZeroBitCount
        hashes = UnsafeMutableRawPointer.allocate(byteCount: slotCount * 8, alignment: 64)
            .bindMemory(to: UInt64.self, capacity: slotCount)
        hashes.initialize(repeating: 0, count: slotCount)
        entries = .allocate(capacity: slotCount + 1)
        entries.initialize(repeating: LexiconEntry(), count: slotCount + 1)
        var keyOfSlot: [Int32: [UInt8]] = [:]
        for (index, term) in kept.enumerated() {
            let slot = slotOfTerm[index]
            hashes[slot] = term.hash
            entries[slot] = term.entry
            keyOfSlot[Int32(slot)] = term.key
        }
        self.keyOfSlot = keyOfSlot
        longestPhrase = terms.map { Int($0.entry.longestPhrase) }.max() ?? 0
        phrasePrefixes = .allocate(capacity: Self.phrasePrefixBits / 64)
        phrasePrefixes.initialize(repeating: 0, count: Self.phrasePrefixBits / 64)
        for term in terms where term.key.contains(0x20) {
            let words = term.key.split(separator: 0x20, omittingEmptySubsequences: false)
            guard words.count >= 2 else { continue }
            let first = Array(words[0]).withUnsafeBufferPointer { TermHash.hash($0) }
            let second = Array(words[1]).withUnsafeBufferPointer { TermHash.hash($0) }
            let bit = Self.phrasePrefixBit(TermHash.combine(first, second))
            phrasePrefixes[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    deinit {
        UnsafeMutableRawPointer(hashes).deallocate()
        entries.deinitialize(count: missSlot + 1)
        entries.deallocate()
        phrasePrefixes.deallocate()
    }

    /// The hash as the table keeps it: 0 marks an empty slot, so a term that hashes to 0 is
    /// kept (and looked up) as 1.
    @inline(__always)
    private static func stored(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }

    @inline(__always)
    private static func buckets(of hash: UInt64, mask: Int) -> (Int, Int) {
        (Int(truncatingIfNeeded: hash) & mask, Int(truncatingIfNeeded: hash &>> 32) & mask)
    }

    /// Cuckoo placement of distinct hashes: the slot of each, or nil when some would not fit.
    private static func place(_ hashes: [UInt64], buckets: Int) -> [Int]? {
        let mask = buckets - 1
        var table = [Int](repeating: -1, count: buckets * bucketSize)  // term index by slot
        func freeSlot(_ bucket: Int) -> Int? {
            (bucket * bucketSize..<(bucket + 1) * bucketSize).first { table[$0] < 0 }
        }
        for term in hashes.indices {
            var moving = term
            var cameFrom = -1
            var placed = false
            for kick in 0..<1_000 {
                let (first, second) = Self.buckets(of: hashes[moving], mask: mask)
                if let free = freeSlot(first) ?? freeSlot(second) {
                    table[free] = moving
                    placed = true
                    break
                }
                // Both full: take the place of a term in the bucket it did not just leave.
                let target = first == cameFrom ? second : first
                swap(&moving, &table[target * bucketSize + kick % bucketSize])
                cameFrom = target
            }
            if !placed { return nil }
        }
        var slotOfTerm = [Int](repeating: 0, count: hashes.count)
        for (slot, term) in table.enumerated() where term >= 0 { slotOfTerm[term] = slot }
        return slotOfTerm
    }

    /// The slot of the term with this `TermHash`, or -1. Slot numbers are what `entry(_:)` takes.
    @inline(__always)
    func find(hash: UInt64) -> Int32 {
        // missSlot is a power of two above every slot: its bit, spread down, makes -1.
        let slot = findSlot(hash: hash)
        let missed = (slot & missSlot) &>> missSlotShift
        return Int32(truncatingIfNeeded: slot | (0 &- missed))
    }

    /// The slot of the term with this `TermHash`, or `missSlot`: four compares and no branch.
    /// (Selects here would be compiled to branches on the loaded hashes, so the compares become
    /// bits of a mask whose lowest set bit, with a guard bit for a miss, gives the slot.)
    @inline(__always)
    private func findSlot(hash: UInt64) -> Int {
        let wanted = Self.stored(hash)
        let (first, second) = Self.buckets(of: wanted, mask: bucketMask)
        let one = first &* 2
        let two = second &* 2
        var matches: UInt32 = 1 << 4
        matches |= Self.bit(hashes[one] == wanted)
        matches |= Self.bit(hashes[one &+ 1] == wanted) &<< 1
        matches |= Self.bit(hashes[two] == wanted) &<< 2
        matches |= Self.bit(hashes[two &+ 1] == wanted) &<< 3
        let position = matches.trailingZeroBitCount  // 0...4; 4 is a miss
        let bucket = position &>> 1  // 0 first, 1 second, 2 none
        // one, two or missSlot for bucket 0, 1, 2, as a polynomial rather than a select.
        let base = one &+ bucket &* (two &- one) &+ ((bucket &* (bucket &- 1)) &>> 1) &* (missSlot &- 2 &* two &+ one)
        return base &+ (position & 1)
    }

    @inline(__always)
    private static func bit(_ condition: Bool) -> UInt32 { condition ? 1 : 0 }

    /// The index of the term with these normalised bytes, or -1.
    @inline(__always)
    func find(_ bytes: UnsafePointer<UInt8>, count byteCount: Int) -> Int32 {
        find(hash: TermHash.hash(bytes, count: byteCount))
    }

    /// The entry in a slot that `find` returned, or the empty entry for -1 (without a branch).
    @inline(__always)
    func entryOrEmpty(_ slot: Int32) -> LexiconEntry { entries[slot < 0 ? missSlot : Int(slot)] }

    /// The slot of the term with this `TermHash` (-1 if none) and its entry (the empty one if
    /// none), in one look-up without a branch.
    @inline(__always)
    func lookUp(hash: UInt64) -> (slot: Int32, entry: LexiconEntry) {
        let slot = findSlot(hash: hash)
        let missed = (slot & missSlot) &>> missSlotShift
        return (Int32(truncatingIfNeeded: slot | (0 &- missed)), entries[slot])
    }

    /// The entry in a slot that `find` returned.
    @inline(__always)
    func entry(_ slot: Int32) -> LexiconEntry { entries[Int(slot)] }

    /// The bit of the phrase-prefix filter for the hash of two words.
    @inline(__always)
    static func phrasePrefixBit(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash &>> 50) & (phrasePrefixBits - 1)
    }

    /// False when no phrase starts with the two words whose combined hash this is (true may be
    /// a false alarm, never a miss).
    @inline(__always)
    func mayStartPhrase(_ twoWords: UInt64) -> Bool {
        let bit = Self.phrasePrefixBit(twoWords)
        return phrasePrefixes[bit &>> 6] & (1 &<< UInt64(truncatingIfNeeded: bit & 63)) != 0
    }

    /// The entry of a term spelt in normalised form, if present.
    func entry(forKey key: [UInt8]) -> LexiconEntry? {
        let slot = find(hash: TermHash.key(key))
        return slot >= 0 ? entries[Int(slot)] : nil
    }

    /// The entry of a term as a person would write it ("Can't stand"), if present.
    func entry(for term: String) -> LexiconEntry? {
        entry(forKey: TermKey.normalize(term))
    }

    /// The normalised key of the term in a slot, if any.
    func key(atSlot slot: Int32) -> [UInt8]? {
        keyOfSlot[slot]
    }
}
