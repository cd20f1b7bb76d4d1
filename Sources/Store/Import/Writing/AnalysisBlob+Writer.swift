import Foundation

extension AnalysisBlob {
    /// Builds one stored analysis: the primitives of `AnalysisBlob`'s layout, with the text and
    /// the numbers given so far that pieces and numbers may refer to.
    struct Writer {
        var out: [UInt8] = []
        /// The item's text as UTF-8, alive while the writer is used (`encode` runs inside `withUTF8`).
        let text: UnsafeBufferPointer<UInt8>
        /// The numbers given so far, as bits (the row's score first).
        private var numbers: [UInt64] = []

        init(text: UnsafeBufferPointer<UInt8>, score: Double) {
            self.text = text
            numbers.reserveCapacity(16)
            numbers.append(score.bitPattern)
            out.reserveCapacity(96)
        }

        mutating func unsigned(_ value: Int) {
            var rest = UInt64(UInt(bitPattern: value))
            while rest >= 0x80 {
                out.append(UInt8(truncatingIfNeeded: rest) | 0x80)
                rest >>= 7
            }
            out.append(UInt8(rest))
        }

        mutating func signed(_ value: Int) {
            unsigned(Int(Int64(value) << 1 ^ Int64(value) >> 63))
        }

        /// A number equal (to the bit) to one given before is that one's index.
        mutating func number(_ value: Double) {
            let bits = value.bitPattern
            if let index = numbers.firstIndex(of: bits) {
                unsigned(index + 1)
                return
            }
            numbers.append(bits)
            out.append(0)
            for shift in stride(from: 0, to: 64, by: 8) {
                out.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift)))
            }
        }

        mutating func literal(_ value: String) {
            unsigned(value.utf8.count)
            out.append(contentsOf: value.utf8)
        }

        /// A phrase or mention: its place in the text, as it is or lowered, else its bytes.
        mutating func piece(_ value: String) {
            var value = value
            value.withUTF8 { bytes in
                if !bytes.isEmpty {
                    if let start = find(bytes, lowered: false) {
                        return reference(start: start, lowered: false, count: bytes.count)
                    }
                    if let start = find(bytes, lowered: true) {
                        return reference(start: start, lowered: true, count: bytes.count)
                    }
                }
                out.append(0)
                unsigned(bytes.count)
                out.append(contentsOf: bytes)
            }
        }

        private mutating func reference(start: Int, lowered: Bool, count: Int) {
            unsigned((start << 1 | (lowered ? 1 : 0)) + 1)
            unsigned(count)
        }

        /// The first place `needle` starts in the text (a few hundred bytes), comparing the
        /// text's bytes as they are (`memchr` and `memcmp`) or lowered.
        private func find(_ needle: UnsafeBufferPointer<UInt8>, lowered: Bool) -> Int? {
            guard let base = text.baseAddress, let needleBase = needle.baseAddress, let first = needle.first,
                  needle.count <= text.count else { return nil }
            guard lowered else {
                let last = text.count - needle.count
                var start = 0
                while start <= last, let found = memchr(base + start, Int32(first), last - start + 1) {
                    start = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                    if memcmp(base + start, needleBase, needle.count) == 0 { return start }
                    start += 1
                }
                return nil
            }
            search: for start in 0...(text.count - needle.count) where AnalysisBlob.lowered(base[start]) == first {
                for offset in 1..<needle.count where AnalysisBlob.lowered(base[start + offset]) != needle[offset] {
                    continue search
                }
                return start
            }
            return nil
        }
    }

    /// An ASCII capital lowered, any other byte as it is (the tagger's mention spelling).
    static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
