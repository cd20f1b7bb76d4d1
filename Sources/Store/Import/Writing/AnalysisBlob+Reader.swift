extension AnalysisBlob {
    /// Reads the primitives of a stored analysis in order; any short or malformed one is nil,
    /// which makes the whole value nil.
    struct Reader {
        let bytes: [UInt8]
        var position = 0

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        var isAtEnd: Bool { position == bytes.count }

        /// A count (unsigned LEB128) and that many elements.
        mutating func list<Element>(_ element: (inout Reader) -> Element?) -> [Element]? {
            elements(count: unsigned(), element)
        }

        /// `count` elements (nil or more than the bytes left could hold: not a list).
        mutating func elements<Element>(count: Int?, _ element: (inout Reader) -> Element?) -> [Element]? {
            guard let count, count >= 0, count <= bytes.count - position else { return nil }
            var out: [Element] = []
            out.reserveCapacity(count)
            for _ in 0..<count {
                guard let value = element(&self) else { return nil }
                out.append(value)
            }
            return out
        }

        mutating func byte() -> UInt8? {
            guard position < bytes.count else { return nil }
            defer { position += 1 }
            return bytes[position]
        }

        /// An unsigned LEB128 that fits a non-negative `Int`.
        mutating func unsigned() -> Int? {
            guard let value = leb128(), value <= UInt64(Int.max) else { return nil }
            return Int(value)
        }

        /// A zigzag LEB128.
        mutating func integer() -> Int? {
            guard let value = leb128() else { return nil }
            return Int(truncatingIfNeeded: Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1))
        }

        private mutating func leb128() -> UInt64? {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while let next = byte() {
                value |= UInt64(next & 0x7F) << shift
                if next < 0x80 { return value }
                shift += 7
                guard shift < 64 else { return nil }
            }
            return nil
        }

        /// Eight IEEE bytes, little-endian.
        mutating func double() -> Double? {
            guard bytes.count - position >= 8 else { return nil }
            var bits: UInt64 = 0
            for offset in 0..<8 { bits |= UInt64(bytes[position + offset]) << UInt64(offset * 8) }
            position += 8
            return Double(bitPattern: bits)
        }

        /// A length and that many UTF-8 bytes.
        mutating func string() -> String? {
            guard let count = unsigned(), count <= bytes.count - position else { return nil }
            defer { position += count }
            return String(decoding: bytes[position..<position + count], as: UTF8.self)
        }
    }
}
