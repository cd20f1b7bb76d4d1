/// An immutable hash table from normalised terms to their entries.
///
/// Built once (see `Lexicon.shared`) and then only read, from any thread: its storage is
/// allocated in `init`, never written afterwards and freed in `deinit`, which is why the
/// unchecked `Sendable` conformance is sound.
///
/// Terms are identified by their 64-bit `TermHash`, placed by a perfect hash (`PerfectHash`):
/// a look-up reads its group's displacement (a small table that stays in cache), computes the
/// one slot the term could be in and compares one hash, and works out the slot or a miss with
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
    /// The tokenizer's byte classes, kept here so that a text reads them from the lexicon it
    /// is given instead of through the global's one-time initialisation check.
    let byteClasses = ByteClassTable.shared
    /// Hash and entry by slot; an empty slot keeps a hash the look-up never sends to it (see
    /// `unreachableHash`). Slot 0 holds no term: it is the empty one a miss reads.
    private let slots: UnsafeMutablePointer<LexiconSlot>
    /// Displacement by group (see `PerfectHash`).
    private let displacements: UnsafeMutablePointer<UInt16>
    private let groupMask: Int
    private let slotShift: UInt64
    /// Slots in the table (a power of two), the first of them the miss slot.
    private let slotCount: Int
    /// Bits set for the hash of the first two words of every phrase (`phrasePrefixBit`).
    private let phrasePrefixes: UnsafeMutablePointer<UInt64>
    static let phrasePrefixBits = 1 << 14
    private let keyOfSlot: [Int32: [UInt8]]

    /// Builds the table from distinct normalised keys and their entries.
    init(terms: [(key: [UInt8], entry: LexiconEntry)]) {
        count = terms.count
        // The first of two terms with one hash wins; the later is unreachable.
        var seen = Set<UInt64>()
        let kept = terms.map { (key: $0.key, hash: TermHash.key($0.key), entry: $0.entry) }
            .filter { seen.insert($0.hash).inserted }
        hasDistinctHashes = kept.count == terms.count
        var slotCount = 16
        // At least four slots per three terms: the smaller the table, the more of it stays in
        // the processor's caches, and displacements that fit are still found quickly.
        while slotCount * 3 < kept.count * 4 { slotCount <<= 1 }
        let termHashes = kept.map(\.hash)
        var perfect: PerfectHash
        while true {
            if let placed = PerfectHash(hashes: termHashes, slotCount: slotCount, groupCount: max(1, slotCount / 4)) {
                perfect = placed
                break
            }
            slotCount <<= 1
        }
        let slotOfTerm = perfect.slotOfTerm
        slotCount = perfect.slotCount
        groupMask = perfect.groupCount - 1
        slotShift = perfect.slotShift
        displacements = .allocate(capacity: perfect.groupCount)
        displacements.initialize(from: perfect.displacements, count: perfect.groupCount)
        self.slotCount = slotCount
        slots = UnsafeMutableRawPointer.allocate(byteCount: slotCount * MemoryLayout<LexiconSlot>.stride, alignment: 64)
            .bindMemory(to: LexiconSlot.self, capacity: slotCount)
        slots.initialize(repeating: LexiconSlot(), count: slotCount)
        var keyOfSlot: [Int32: [UInt8]] = [:]
        for (index, term) in kept.enumerated() {
            let slot = slotOfTerm[index]
            slots[slot].hash = term.hash
            slots[slot].entry = term.entry
            slots[slot].settleBits = Settler.entryBits(roles: term.entry.roles.rawValue)
            slots[slot].index = Int32(slot)
            keyOfSlot[Int32(slot)] = term.key
        }
        for slot in 0..<slotCount where slots[slot].index < 0 {
            slots[slot].hash = Self.unreachableHash(slot: slot, displacements: displacements, groupMask: groupMask,
                                                    shift: slotShift)
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
            let bit = Self.phrasePrefixBit(first, second)
            phrasePrefixes[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    deinit {
        slots.deinitialize(count: slotCount)
        UnsafeMutableRawPointer(slots).deallocate()
        displacements.deallocate()
        phrasePrefixes.deallocate()
    }

    /// A hash that the look-up sends to another slot than `slot`: what an empty slot keeps, so
    /// that no hash (0 included) is ever found there and look-ups need not map any hash aside.
    private static func unreachableHash(slot: Int, displacements: UnsafeMutablePointer<UInt16>, groupMask: Int,
                                        shift: UInt64) -> UInt64 {
        var hash: UInt64 = 0
        while PerfectHash.slot(hash, displacement: displacements[PerfectHash.group(hash, mask: groupMask)], shift: shift) == slot {
            hash &+= 1
        }
        return hash
    }

    /// The slot of the term with this `TermHash`, or -1. Slot numbers are what `entry(_:)` takes.
    @inline(__always)
    func find(hash: UInt64) -> Int32 {
        table.entryIndex(slot: findSlot(hash: hash))
    }

    @inline(__always)
    private func findSlot(hash: UInt64) -> Int { table.findSlot(hash: hash) }

    /// The index of the term with these normalised bytes, or -1.
    @inline(__always)
    func find(_ bytes: UnsafePointer<UInt8>, count byteCount: Int) -> Int32 {
        find(hash: TermHash.hash(bytes, count: byteCount))
    }

    /// The entry in a slot that `find` returned, or the empty entry for -1 (without a branch).
    @inline(__always)
    func entryOrEmpty(_ slot: Int32) -> LexiconEntry { slots[slot < 0 ? LexiconTable.missSlot : Int(slot)].entry }

    /// The slot of the term with this `TermHash` (-1 if none) and its entry (the empty one if
    /// none), in one look-up without a branch.
    @inline(__always)
    func lookUp(hash: UInt64) -> (slot: Int32, entry: LexiconEntry) { table.lookUp(hash: hash) }

    /// The entry in a slot that `find` returned.
    @inline(__always)
    func entry(_ slot: Int32) -> LexiconEntry { slots[Int(slot)].entry }

    /// The bit of the phrase-prefix filter for two words, from their hashes (cheap: the filter
    /// only has to tell most word pairs from the few hundred that start phrases).
    @inline(__always)
    static func phrasePrefixBit(_ first: UInt64, _ second: UInt64) -> Int {
        Int(truncatingIfNeeded: (first ^ ((second &<< 17) | (second &>> 47))) &>> 50)
    }

    /// 1 when a phrase may start with the two words of these hashes, 0 when none does.
    @inline(__always)
    func mayStartPhrase(_ first: UInt64, _ second: UInt64) -> UInt32 { table.mayStartPhrase(first, second) }

    /// The table as plain pointers, for hot loops (valid while this lexicon lives).
    var table: LexiconTable {
        LexiconTable(slots: slots, displacements: displacements, groupMask: groupMask,
                     slotShift: slotShift, slotCount: slotCount, phrasePrefixes: phrasePrefixes)
    }

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
        keyOfSlot[slot]
    }
}
