/// Fixed room for the strongest driver phrases seen so far.
struct DriverSlots {
    static let capacity = 16
    static let byteCount = capacity * (8 + 4 + 4)
    let value: UnsafeMutablePointer<Double>
    let start: UnsafeMutablePointer<Int32>
    let end: UnsafeMutablePointer<Int32>

    init(raw: UnsafeMutableRawPointer) {
        value = raw.bindMemory(to: Double.self, capacity: Self.capacity)
        start = (raw + Self.capacity * 8).bindMemory(to: Int32.self, capacity: Self.capacity)
        end = (raw + Self.capacity * 12).bindMemory(to: Int32.self, capacity: Self.capacity)
    }
}
