/// The content-key numbers (`ContentKeyHash`) an import's items can match: a compact
/// open-addressing table of `Int64`, so the writer asks the store for an item only when its
/// number is one of them (`ImportWriter.existingItem`).
///
/// A million numbers take 16 MB here, against ~40 MB for a `Set<Int64>`. The numbers are
/// already well mixed, so their low bits pick the slot; 0 marks an empty slot, and the number 0
/// itself is kept aside.
struct KeyHashTable {
    private var slots: [Int64]
    private var count = 0
    private var hasZero = false

    /// A table sized for about `expected` numbers before it grows.
    init(expected: Int = 0) {
        var capacity = 1024
        while capacity * 3 < expected * 4 { capacity *= 2 }
        slots = Array(repeating: 0, count: capacity)
    }

    func contains(_ number: Int64) -> Bool {
        guard number != 0 else { return hasZero }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: number) & mask
        while true {
            let found = slots[slot]
            if found == number { return true }
            if found == 0 { return false }
            slot = (slot + 1) & mask
        }
    }

    mutating func insert(_ number: Int64) {
        guard number != 0 else {
            hasZero = true
            return
        }
        if (count + 1) * 4 > slots.count * 3 { grow() }
        if place(number) { count += 1 }
    }

    /// Puts `number` in its slot; false when it was there already.
    private mutating func place(_ number: Int64) -> Bool {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: number) & mask
        while slots[slot] != 0 {
            if slots[slot] == number { return false }
            slot = (slot + 1) & mask
        }
        slots[slot] = number
        return true
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        for number in old where number != 0 {
            _ = place(number)
        }
    }
}
