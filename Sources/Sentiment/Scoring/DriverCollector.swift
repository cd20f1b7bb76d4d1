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
        sortStrongestFirst()
        var drivers: [SentimentDriver] = []
        drivers.reserveCapacity(min(count + 1, ScoringConstants.maxDrivers))
        for slot in 0..<min(count, ScoringConstants.maxDrivers) where slots.value[slot] != 0 {
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

    /// Insertion sort of the (at most 16) slots: strongest first, then earliest in the text.
    private func sortStrongestFirst() {
        guard count > 1 else { return }
        for index in 1..<count {
            let value = slots.value[index]
            let start = slots.start[index]
            let end = slots.end[index]
            var position = index
            while position > 0 && Self.comesBefore(value, start, slots.value[position - 1], slots.start[position - 1]) {
                slots.value[position] = slots.value[position - 1]
                slots.start[position] = slots.start[position - 1]
                slots.end[position] = slots.end[position - 1]
                position -= 1
            }
            slots.value[position] = value
            slots.start[position] = start
            slots.end[position] = end
        }
    }

    private static func comesBefore(_ value: Double, _ start: Int32, _ other: Double, _ otherStart: Int32) -> Bool {
        abs(value) != abs(other) ? abs(value) > abs(other) : start < otherStart
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
