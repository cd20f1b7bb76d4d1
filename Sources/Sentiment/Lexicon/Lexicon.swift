/// An immutable open-addressing hash table from normalised terms to their entries.
///
/// Built once (see `Lexicon.shared`) and then only read, from any thread: its storage is
/// allocated in `init`, never written afterwards and freed in `deinit`, which is why the
/// unchecked `Sendable` conformance is sound.
final class Lexicon: @unchecked Sendable {
    /// Number of terms.
    let count: Int
    /// The longest phrase, in words, that any term starts.
    let longestPhrase: Int
    private let entries: UnsafeMutablePointer<LexiconEntry>
    private let hashes: UnsafeMutablePointer<UInt64>
    private let keyOffsets: UnsafeMutablePointer<Int32>
    private let keyBytes: UnsafeMutablePointer<UInt8>
    private let slots: UnsafeMutablePointer<Int32>
    private let slotMask: Int

    /// Builds the table from distinct normalised keys and their entries.
    init(terms: [(key: [UInt8], entry: LexiconEntry)]) {
        count = terms.count
        var slotCount = 16
        while slotCount < terms.count * 3 { slotCount <<= 1 }
        slotMask = slotCount - 1
        entries = .allocate(capacity: max(1, terms.count))
        hashes = .allocate(capacity: max(1, terms.count))
        keyOffsets = .allocate(capacity: terms.count + 1)
        let totalKeyBytes = terms.reduce(0) { $0 + $1.key.count }
        keyBytes = .allocate(capacity: max(1, totalKeyBytes))
        slots = .allocate(capacity: slotCount)
        slots.initialize(repeating: -1, count: slotCount)
        var offset = 0
        var longest = 0
        for (index, term) in terms.enumerated() {
            (entries + index).initialize(to: term.entry)
            longest = max(longest, Int(term.entry.longestPhrase))
            keyOffsets[index] = Int32(offset)
            for byte in term.key {
                keyBytes[offset] = byte
                offset += 1
            }
            let hash = term.key.withUnsafeBufferPointer { TermHash.hash($0) }
            hashes[index] = hash
            var slot = Int(truncatingIfNeeded: hash) & slotMask
            while slots[slot] >= 0 { slot = (slot + 1) & slotMask }
            slots[slot] = Int32(index)
        }
        keyOffsets[terms.count] = Int32(offset)
        longestPhrase = longest
    }

    deinit {
        entries.deinitialize(count: count)
        entries.deallocate()
        hashes.deallocate()
        keyOffsets.deallocate()
        keyBytes.deallocate()
        slots.deallocate()
    }

    /// The index of the term with these normalised bytes and their `TermHash`, or -1.
    @inline(__always)
    func find(_ bytes: UnsafePointer<UInt8>, count byteCount: Int, hash: UInt64) -> Int32 {
        var slot = Int(truncatingIfNeeded: hash) & slotMask
        while true {
            let index = slots[slot]
            if index < 0 { return -1 }
            if hashes[Int(index)] == hash {
                let start = Int(keyOffsets[Int(index)])
                let end = Int(keyOffsets[Int(index) + 1])
                if end - start == byteCount && memoryEqual(keyBytes + start, bytes, byteCount) {
                    return index
                }
            }
            slot = (slot + 1) & slotMask
        }
    }

    /// The entry at an index that `find` returned.
    @inline(__always)
    func entry(_ index: Int32) -> LexiconEntry { entries[Int(index)] }

    /// The entry of a term spelt in normalised form, if present.
    func entry(forKey key: [UInt8]) -> LexiconEntry? {
        let index = key.withUnsafeBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return find(base, count: buffer.count, hash: TermHash.hash(buffer))
        }
        return index >= 0 ? entries[Int(index)] : nil
    }

    /// The entry of a term as a person would write it ("Can't stand"), if present.
    func entry(for term: String) -> LexiconEntry? {
        entry(forKey: TermKey.normalize(term))
    }

    /// The normalised key of the term at an index.
    func key(at index: Int32) -> [UInt8] {
        let start = Int(keyOffsets[Int(index)])
        let end = Int(keyOffsets[Int(index) + 1])
        return Array(UnsafeBufferPointer(start: keyBytes + start, count: end - start))
    }

    @inline(__always)
    private func memoryEqual(_ lhs: UnsafePointer<UInt8>, _ rhs: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        var index = 0
        while index < count {
            if lhs[index] != rhs[index] { return false }
            index += 1
        }
        return true
    }
}
