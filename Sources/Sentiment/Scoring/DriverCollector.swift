/// Keeps the strongest driver phrases of a text, merging repeats of the same phrase, in fixed
/// memory: one pass, constant work per phrase.
struct DriverCollector {
    let slots: DriverSlots
    let text: UnsafePointer<UInt8>
    private(set) var count = 0
    /// Emphasis from exclamation and question marks, reported as the driver "!".
    private var punctuation = 0.0

    init(slots: DriverSlots, text: UnsafePointer<UInt8>) {
        self.slots = slots
        self.text = text
    }

    /// Adds the contribution of the phrase at `start..<end` of the text.
    mutating func add(start: Int, end: Int, contribution: Double) {
        for slot in 0..<count where samePhrase(slot, start, end) {
            slots.value[slot] += contribution
            return
        }
        if count < DriverSlots.capacity {
            set(count, start, end, contribution)
            count += 1
            return
        }
        var weakest = 0
        for slot in 1..<count where abs(slots.value[slot]) < abs(slots.value[weakest]) { weakest = slot }
        if abs(contribution) > abs(slots.value[weakest]) { set(weakest, start, end, contribution) }
    }

    mutating func addPunctuation(contribution: Double) {
        punctuation += contribution
    }

    /// The drivers, strongest first, with contributions multiplied by `scale` so that they add up
    /// to the score.
    func results(scale: Double) -> [SentimentDriver] {
        var order = Array(0..<count)
        order.sort { lhs, rhs in
            let left = abs(slots.value[lhs])
            let right = abs(slots.value[rhs])
            return left != right ? left > right : slots.start[lhs] < slots.start[rhs]
        }
        var drivers: [SentimentDriver] = []
        drivers.reserveCapacity(min(count + 1, ScoringConstants.maxDrivers))
        for slot in order.prefix(ScoringConstants.maxDrivers) where slots.value[slot] != 0 {
            let start = Int(slots.start[slot])
            let bytes = UnsafeBufferPointer(start: text + start, count: Int(slots.end[slot]) - start)
            drivers.append(SentimentDriver(phrase: String(decoding: bytes, as: UTF8.self),
                                           contribution: slots.value[slot] * scale))
        }
        if punctuation != 0 && drivers.count < ScoringConstants.maxDrivers {
            drivers.append(SentimentDriver(phrase: "!", contribution: punctuation * scale))
        }
        return drivers
    }

    private func set(_ slot: Int, _ start: Int, _ end: Int, _ value: Double) {
        slots.start[slot] = Int32(start)
        slots.end[slot] = Int32(end)
        slots.value[slot] = value
    }

    private func samePhrase(_ slot: Int, _ start: Int, _ end: Int) -> Bool {
        let otherStart = Int(slots.start[slot])
        let length = end - start
        guard Int(slots.end[slot]) - otherStart == length else { return false }
        for offset in 0..<length {
            var left = text[start + offset]
            var right = text[otherStart + offset]
            if ByteClass.isUpper(left) { left |= 0x20 }
            if ByteClass.isUpper(right) { right |= 0x20 }
            if left != right { return false }
        }
        return true
    }
}
