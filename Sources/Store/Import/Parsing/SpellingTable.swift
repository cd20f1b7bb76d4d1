/// Field names' spellings back to back, and the names of each slot (length and first letter, as
/// `FieldName` groups them), held in memory allocated once and never freed: matching a key's
/// bytes touches plain memory, with no Swift array to retain and release per key.
struct SpellingTable: @unchecked Sendable {
    // Unchecked: the memory is written only in `init` and read afterwards, never freed.
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    /// Where each name's spelling starts in `bytes`, by raw value; one more entry ends the last.
    private let starts: UnsafeMutableBufferPointer<Int>
    /// `width` raw values per slot, unused places holding `none`.
    private let slots: UnsafeMutableBufferPointer<UInt8>
    private let width: Int
    private static let none = UInt8.max

    /// A table of `spellings` (by raw value) and `slots` (the raw values of each slot's names).
    init(spellings: [[UInt8]], slots names: [[UInt8]], slotCount: Int) {
        bytes = .allocate(capacity: spellings.reduce(0) { $0 + $1.count })
        starts = .allocate(capacity: spellings.count + 1)
        var offset = 0
        for (index, spelling) in spellings.enumerated() {
            starts[index] = offset
            for byte in spelling {
                bytes[offset] = byte
                offset += 1
            }
        }
        starts[spellings.count] = offset
        width = max(1, names.map(\.count).max() ?? 1)
        slots = .allocate(capacity: slotCount * width)
        slots.initialize(repeating: Self.none)
        for (slot, raws) in names.enumerated() where slot < slotCount {
            for (place, raw) in raws.enumerated() { slots[slot * width + place] = raw }
        }
    }

    /// The name in `slot` spelled as `key`: exactly, or with ASCII capitals in `key` taken as
    /// small letters when `ignoringCase`; nil when none is.
    func name(spelled key: UnsafeBufferPointer<UInt8>, slot: Int, ignoringCase: Bool = false) -> FieldName? {
        guard slot >= 0, slot * width < slots.count else { return nil }
        for place in slot * width..<(slot + 1) * width {
            let raw = slots[place]
            if raw == Self.none { return nil }
            let start = starts[Int(raw)]
            guard starts[Int(raw) + 1] - start == key.count else { continue }
            if ignoringCase ? matches(key, at: start, foldingCapitals: true) : equal(key, at: start) { return FieldName(rawValue: raw) }
        }
        return nil
    }

    /// Whether `key` equals the spelling bytes at `start`, compared a word at a time.
    private func equal(_ key: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard let keyBase = key.baseAddress, let base = bytes.baseAddress else { return key.isEmpty }
        let spelled = UnsafeRawPointer(base + start)
        let written = UnsafeRawPointer(keyBase)
        var offset = 0
        while offset + 8 <= key.count {
            guard spelled.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                    == written.loadUnaligned(fromByteOffset: offset, as: UInt64.self) else { return false }
            offset += 8
        }
        return matches(UnsafeBufferPointer(rebasing: key[offset...]), at: start + offset, foldingCapitals: false)
    }

    /// Whether `key`, its ASCII capitals taken as small letters when `foldingCapitals`, equals
    /// the spelling bytes at `start` (spellings are lower case), byte by byte.
    private func matches(_ key: UnsafeBufferPointer<UInt8>, at start: Int, foldingCapitals: Bool) -> Bool {
        for (offset, written) in key.enumerated() {
            var byte = written
            if foldingCapitals, byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { byte |= 0x20 }
            if byte != bytes[start + offset] { return false }
        }
        return true
    }
}
