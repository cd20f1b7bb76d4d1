/// A perfect hash of the lexicon's term hashes ("hash and displace"): each term hash falls in
/// one of `groupCount` groups, and each group has a displacement chosen, when the table is
/// built, so that its terms land in slots no other term takes. A look-up is then one probe:
/// read the displacement of the word's group, compute the slot, compare one hash.
struct PerfectHash {
    /// Slots: a power of two (`Lexicon` asks for at least four per three terms).
    let slotCount: Int
    let slotShift: UInt64
    /// Groups: a power of two, about one per 2.5 terms.
    let groupCount: Int
    /// Displacement per group.
    let displacements: [UInt16]
    /// The slot of each term, in the order given.
    let slotOfTerm: [Int]

    /// The group of a term hash.
    @inline(__always)
    static func group(_ hash: UInt64, mask: Int) -> Int { Int(truncatingIfNeeded: hash) & mask }

    /// The slot of a term hash with its group's displacement: the top bits of the hash, mixed
    /// with the displacement.
    @inline(__always)
    static func slot(_ hash: UInt64, displacement: UInt16, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash ^ (UInt64(displacement) &* 0x9E37_79B9_7F4A_7C15)) &>> shift)
    }

    /// Places distinct term hashes in every slot but the first; nil if some group finds no
    /// displacement that fits.
    init?(hashes: [UInt64], slotCount: Int, groupCount: Int) {
        let shift = UInt64(64 - slotCount.trailingZeroBitCount)
        var members = [[Int]](repeating: [], count: groupCount)
        for (term, hash) in hashes.enumerated() {
            members[Self.group(hash, mask: groupCount - 1)].append(term)
        }
        // Largest groups first, while the table is emptiest; ties by group number (deterministic).
        let order = members.indices.sorted { members[$0].count != members[$1].count ? members[$0].count > members[$1].count : $0 < $1 }
        var taken = [Bool](repeating: false, count: slotCount)
        taken[0] = true  // the miss slot (`LexiconTable.missSlot`): no term takes it
        var displacements = [UInt16](repeating: 0, count: groupCount)
        var slotOfTerm = [Int](repeating: 0, count: hashes.count)
        for group in order where !members[group].isEmpty {
            var found = false
            for displacement in 0...UInt16.max {
                let slots = members[group].map { Self.slot(hashes[$0], displacement: displacement, shift: shift) }
                guard Set(slots).count == slots.count, slots.allSatisfy({ !taken[$0] }) else { continue }
                for (term, slot) in zip(members[group], slots) {
                    taken[slot] = true
                    slotOfTerm[term] = slot
                }
                displacements[group] = displacement
                found = true
                break
            }
            if !found { return nil }
        }
        self.slotCount = slotCount
        self.slotShift = shift
        self.groupCount = groupCount
        self.displacements = displacements
        self.slotOfTerm = slotOfTerm
    }
}
