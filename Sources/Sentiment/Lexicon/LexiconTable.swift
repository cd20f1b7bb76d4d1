import CSentimentScan

/// The lexicon's hash table as plain pointers and numbers, so that hot loops can keep it in
/// registers (see `Lexicon`, whose storage it points into and which must outlive it).
struct LexiconTable {
    let slots: UnsafeMutablePointer<LexiconSlot>
    let displacements: UnsafeMutablePointer<UInt16>
    let groupMask: Int
    let slotShift: UInt64
    /// Slots in the table, the miss slot included.
    let slotCount: Int
    /// The slot no term takes (`PerfectHash` keeps it free), whose entry is the empty one.
    static let missSlot = 0
    let phrasePrefixes: UnsafeMutablePointer<UInt64>

    /// The slot of the term with this `TermHash`, or `missSlot` (0): one probe and no branch.
    /// (A select written here would be compiled to a branch on the loaded hash inside loops: the
    /// C helper's conditional move keeps it a select.)
    @inline(__always)
    func findSlot(hash: UInt64) -> Int {
        // Empty slots keep a hash that never leads to them (`Lexicon.unreachableHash`).
        let displacement = displacements[PerfectHash.group(hash, mask: groupMask)]
        let slot = PerfectHash.slot(hash, displacement: displacement, shift: slotShift)
        return csentiment_slot_if_equal(slot, slots[slot].hash, hash)
    }

    /// The settle bits of the entry in a slot `findSlot` returned (see `LexiconSlot`).
    @inline(__always)
    func settleBits(slot: Int) -> UInt8 { slots[slot].settleBits }

    /// The entry in a slot `findSlot` returned (the empty one for `missSlot`).
    @inline(__always)
    func entry(slot: Int) -> LexiconEntry { slots[slot].entry }

    /// The slot of the term with this `TermHash` (-1 if none) and its entry (the empty one if
    /// none), in one look-up without a branch.
    @inline(__always)
    func lookUp(hash: UInt64) -> (slot: Int32, entry: LexiconEntry) {
        let slot = findSlot(hash: hash)
        return (entryIndex(slot: slot), slots[slot].entry)
    }

    /// A slot as tokens keep it: -1 for `missSlot` (read from the slot: no arithmetic).
    @inline(__always)
    func entryIndex(slot: Int) -> Int32 { slots[slot].index }

    /// 1 for `missSlot`, 0 for any other slot `findSlot` returned, from the sign of the slot's
    /// entry index, without a compare (which the compiler may turn into a branch on whether
    /// the word was found: no predictor learns that).
    @inline(__always)
    func missBit(slot: Int) -> Int { Int(UInt32(bitPattern: slots[slot].index) &>> 31) }

    /// 1 when a phrase may start with the two words of these hashes, 0 when none does (1 may be
    /// a false alarm, 0 is never wrong).
    @inline(__always)
    func mayStartPhrase(_ first: UInt64, _ second: UInt64) -> UInt32 {
        let bit = Lexicon.phrasePrefixBit(first, second)
        return UInt32(truncatingIfNeeded: phrasePrefixes[bit &>> 6] &>> UInt64(truncatingIfNeeded: bit & 63)) & 1
    }

}
