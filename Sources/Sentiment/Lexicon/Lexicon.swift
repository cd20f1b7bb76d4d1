/// An immutable open-addressing hash table from normalised terms to their entries.
///
/// Built once (see `Lexicon.shared`) and then only read, from any thread: its storage is
/// allocated in `init`, never written afterwards and freed in `deinit`, which is why the
/// unchecked `Sendable` conformance is sound.
///
/// Terms are identified by their 64-bit `TermHash`: a probe compares a 32-bit tag kept in the
/// slot, then the full hash beside the entry, so a look-up touches at most two cache lines.
/// `LexiconBuilder` guarantees that no two terms share a hash (`hasDistinctHashes`).
final class Lexicon: @unchecked Sendable {
    /// Number of terms.
    let count: Int
    /// The longest phrase, in words, that any term starts.
    let longestPhrase: Int
    /// False if two terms share a 64-bit hash (the later one is then unreachable).
    let hasDistinctHashes: Bool
    private let records: UnsafeMutablePointer<Record>
    private let slots: UnsafeMutablePointer<UInt64>
    private let slotMask: Int
    private let keys: [[UInt8]]

    private struct Record {
        var hash: UInt64
        var entry: LexiconEntry
    }

    /// Builds the table from distinct normalised keys and their entries.
    init(terms: [(key: [UInt8], entry: LexiconEntry)]) {
        count = terms.count
        var slotCount = 16
        while slotCount * 2 < terms.count * 3 { slotCount <<= 1 }
        slotMask = slotCount - 1
        records = .allocate(capacity: max(1, terms.count))
        slots = .allocate(capacity: slotCount)
        slots.initialize(repeating: 0, count: slotCount)
        keys = terms.map(\.key)
        var longest = 0
        var distinct = true
        for (index, term) in terms.enumerated() {
            let hash = TermHash.key(term.key)
            (records + index).initialize(to: Record(hash: hash, entry: term.entry))
            longest = max(longest, Int(term.entry.longestPhrase))
            var slot = Int(truncatingIfNeeded: hash) & slotMask
            while slots[slot] != 0 {
                if records[Int(slots[slot] & 0xFFFF_FFFF) - 1].hash == hash { distinct = false }
                slot = (slot + 1) & slotMask
            }
            slots[slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(index + 1)
        }
        longestPhrase = longest
        hasDistinctHashes = distinct
    }

    deinit {
        records.deinitialize(count: count)
        records.deallocate()
        slots.deallocate()
    }

    /// The index of the term with this `TermHash`, or -1.
    @inline(__always)
    func find(hash: UInt64) -> Int32 {
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & slotMask
        while true {
            let value = slots[slot]
            if value == 0 { return -1 }
            if value & 0xFFFF_FFFF_0000_0000 == tag {
                let index = Int(value & 0xFFFF_FFFF) - 1
                if records[index].hash == hash { return Int32(index) }
            }
            slot = (slot + 1) & slotMask
        }
    }

    /// The index of the term with these normalised bytes, or -1.
    @inline(__always)
    func find(_ bytes: UnsafePointer<UInt8>, count byteCount: Int) -> Int32 {
        find(hash: TermHash.hash(bytes, count: byteCount))
    }

    /// The entry at an index that `find` returned.
    @inline(__always)
    func entry(_ index: Int32) -> LexiconEntry { records[Int(index)].entry }

    /// The entry of a term spelt in normalised form, if present.
    func entry(forKey key: [UInt8]) -> LexiconEntry? {
        let index = find(hash: TermHash.key(key))
        return index >= 0 ? records[Int(index)].entry : nil
    }

    /// The entry of a term as a person would write it ("Can't stand"), if present.
    func entry(for term: String) -> LexiconEntry? {
        entry(forKey: TermKey.normalize(term))
    }

    /// The normalised key of the term at an index.
    func key(at index: Int32) -> [UInt8] {
        keys[Int(index)]
    }
}
