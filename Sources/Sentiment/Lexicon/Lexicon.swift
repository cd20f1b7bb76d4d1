/// An immutable open-addressing hash table from normalised terms to their entries.
///
/// Built once (see `Lexicon.shared`) and then only read, from any thread: its storage is
/// allocated in `init`, never written afterwards and freed in `deinit`, which is why the
/// unchecked `Sendable` conformance is sound.
///
/// Terms are identified by their 64-bit `TermHash`, kept in the slot beside the entry, so a
/// look-up reads one slot (24 bytes) per probe and nothing else. `LexiconBuilder` checks that
/// no two terms share a hash (`hasDistinctHashes`).
final class Lexicon: @unchecked Sendable {
    /// Number of terms.
    let count: Int
    /// The longest phrase, in words, that any term starts.
    let longestPhrase: Int
    /// False if two terms share a 64-bit hash (the later one is then unreachable).
    let hasDistinctHashes: Bool
    private let slots: UnsafeMutablePointer<Slot>
    private let slotMask: Int
    /// One slot past the table, always empty: what `entryOrEmpty` reads for a miss.
    private let missSlot: Int32
    /// Slot of each term, by term index.
    private let slotOfTerm: [Int32]
    private let keys: [[UInt8]]

    private struct Slot {
        /// 0 marks an empty slot (no term hashes to 0: see `init`).
        var hash: UInt64
        var entry: LexiconEntry
    }

    /// Builds the table from distinct normalised keys and their entries.
    init(terms: [(key: [UInt8], entry: LexiconEntry)]) {
        count = terms.count
        var slotCount = 16
        while slotCount * 5 < terms.count * 8 { slotCount <<= 1 }
        slotMask = slotCount - 1
        missSlot = Int32(slotCount)
        slots = .allocate(capacity: slotCount + 1)
        slots.initialize(repeating: Slot(hash: 0, entry: LexiconEntry()), count: slotCount + 1)
        keys = terms.map(\.key)
        var slotOfTerm = [Int32](repeating: 0, count: terms.count)
        var longest = 0
        var distinct = true
        for (index, term) in terms.enumerated() {
            var hash = TermHash.key(term.key)
            if hash == 0 { hash = 1 }
            longest = max(longest, Int(term.entry.longestPhrase))
            var slot = Int(truncatingIfNeeded: hash) & slotMask
            while slots[slot].hash != 0 {
                if slots[slot].hash == hash { distinct = false }
                slot = (slot + 1) & slotMask
            }
            slots[slot] = Slot(hash: hash, entry: term.entry)
            slotOfTerm[index] = Int32(slot)
        }
        self.slotOfTerm = slotOfTerm
        longestPhrase = longest
        hasDistinctHashes = distinct
    }

    deinit {
        slots.deinitialize(count: slotMask + 2)
        slots.deallocate()
    }

    /// The slot of the term with this `TermHash`, or -1. Slot numbers are what `entry(_:)` takes.
    @inline(__always)
    func find(hash: UInt64) -> Int32 {
        let wanted = hash == 0 ? 1 : hash
        let slot = Int(truncatingIfNeeded: wanted) & slotMask
        let first = slots[slot].hash
        // The first slot settles most look-ups (found, or empty): pick the answer without a
        // branch, and only walk on when another term sits there.
        if first != wanted && first != 0 { return probe(wanted, from: (slot &+ 1) & slotMask) }
        return first == wanted ? Int32(truncatingIfNeeded: slot) : -1
    }

    private func probe(_ wanted: UInt64, from start: Int) -> Int32 {
        var slot = start
        while true {
            let found = slots[slot].hash
            if found == wanted { return Int32(truncatingIfNeeded: slot) }
            if found == 0 { return -1 }
            slot = (slot &+ 1) & slotMask
        }
    }

    /// The index of the term with these normalised bytes, or -1.
    @inline(__always)
    func find(_ bytes: UnsafePointer<UInt8>, count byteCount: Int) -> Int32 {
        find(hash: TermHash.hash(bytes, count: byteCount))
    }

    /// The entry in a slot that `find` returned, or the empty entry for -1 (without a branch).
    @inline(__always)
    func entryOrEmpty(_ slot: Int32) -> LexiconEntry { slots[Int(slot < 0 ? missSlot : slot)].entry }

    /// The entry in a slot that `find` returned.
    @inline(__always)
    func entry(_ slot: Int32) -> LexiconEntry { slots[Int(slot)].entry }

    /// The entry of a term spelt in normalised form, if present.
    func entry(forKey key: [UInt8]) -> LexiconEntry? {
        let slot = find(hash: TermHash.key(key))
        return slot >= 0 ? slots[Int(slot)].entry : nil
    }

    /// The entry of a term as a person would write it ("Can't stand"), if present.
    func entry(for term: String) -> LexiconEntry? {
        entry(forKey: TermKey.normalize(term))
    }

    /// The normalised key of the term in a slot, if any.
    func key(atSlot slot: Int32) -> [UInt8]? {
        slotOfTerm.firstIndex(of: slot).map { keys[$0] }
    }
}
