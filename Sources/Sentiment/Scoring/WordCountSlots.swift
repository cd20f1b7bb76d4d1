/// Fixed room for counting how often the first distinct words of a text repeat.
struct WordCountSlots {
    static let capacity = 64
    static let byteCount = capacity * (8 + 4)
    let hash: UnsafeMutablePointer<UInt64>
    let count: UnsafeMutablePointer<Int32>

    init(raw: UnsafeMutableRawPointer) {
        hash = raw.bindMemory(to: UInt64.self, capacity: Self.capacity)
        count = (raw + Self.capacity * 8).bindMemory(to: Int32.self, capacity: Self.capacity)
    }
}
