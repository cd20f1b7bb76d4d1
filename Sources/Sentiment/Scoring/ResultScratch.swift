/// Scratch memory for the result pass.
struct ResultScratch {
    let clauseSum: UnsafeMutablePointer<Double>
    let drivers: DriverSlots
    let words: WordCountSlots

    init(raw: UnsafeMutableRawPointer, clauses: Int) {
        clauseSum = raw.bindMemory(to: Double.self, capacity: clauses)
        clauseSum.initialize(repeating: 0, count: clauses)
        var cursor = raw + clauses * 8
        drivers = DriverSlots(raw: cursor)
        cursor += DriverSlots.byteCount
        words = WordCountSlots(raw: cursor)
    }
}
