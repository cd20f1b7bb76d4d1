/// Per-unit working state of one analysis, in one block of memory allocated for the call.
struct UnitState {
    /// Valence after boosters, capitals and negation, before clause weights.
    let valence: UnsafeMutablePointer<Double>
    /// Clause weight from contrastive and concessive conjunctions.
    let weight: UnsafeMutablePointer<Double>
    /// Sum of weighted valences per clause number.
    let clauseSum: UnsafeMutablePointer<Double>
    /// Start of the driver phrase in the text (the first modifier that shaped the unit).
    let phraseStart: UnsafeMutablePointer<Int32>
    /// Sentence and clause numbers.
    let sentence: UnsafeMutablePointer<Int32>
    let clause: UnsafeMutablePointer<Int32>
    /// Rule marks: see the static bits below.
    let marks: UnsafeMutablePointer<UInt8>
    /// Room for the driver candidates and the repeated-word counts.
    let drivers: DriverSlots
    let words: WordCountSlots

    static let negated: UInt8 = 1
    static let intensified: UInt8 = 2
    static let emphasised: UInt8 = 4

    /// Bytes needed for `count` units.
    static func byteCount(units count: Int) -> Int {
        count * (8 + 8 + 8 + 4 + 4 + 4 + 1) + DriverSlots.byteCount + WordCountSlots.byteCount + 64
    }

    /// Carves the buffers out of one raw allocation of `byteCount(units:)` bytes, 8-aligned.
    init(raw: UnsafeMutableRawPointer, units count: Int) {
        var cursor = raw
        func take<T>(_ type: T.Type, _ items: Int, _ value: T) -> UnsafeMutablePointer<T> {
            let pointer = cursor.bindMemory(to: T.self, capacity: items)
            pointer.initialize(repeating: value, count: items)
            cursor += (items * MemoryLayout<T>.stride + 7) & ~7
            return pointer
        }
        valence = take(Double.self, count, 0)
        weight = take(Double.self, count, 1)
        clauseSum = take(Double.self, count, 0)
        drivers = DriverSlots(
            start: take(Int32.self, DriverSlots.capacity, 0), end: take(Int32.self, DriverSlots.capacity, 0),
            value: take(Double.self, DriverSlots.capacity, 0))
        words = WordCountSlots(
            hash: take(UInt64.self, WordCountSlots.capacity, 0), count: take(Int32.self, WordCountSlots.capacity, 0))
        phraseStart = take(Int32.self, count, 0)
        sentence = take(Int32.self, count, 0)
        clause = take(Int32.self, count, 0)
        marks = take(UInt8.self, count, 0)
    }
}

/// Fixed room for the strongest driver phrases seen so far.
struct DriverSlots {
    static let capacity = 16
    static let byteCount = capacity * (4 + 4 + 8) + 24
    let start: UnsafeMutablePointer<Int32>
    let end: UnsafeMutablePointer<Int32>
    let value: UnsafeMutablePointer<Double>
}

/// Fixed room for counting how often the first distinct words of a text repeat.
struct WordCountSlots {
    static let capacity = 64
    static let byteCount = capacity * (8 + 4) + 16
    let hash: UnsafeMutablePointer<UInt64>
    let count: UnsafeMutablePointer<Int32>
}
