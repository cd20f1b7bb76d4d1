/// Finds bytes that are not valid UTF-8, so that bad input is reported and never silently replaced.
enum UTF8Check {
    /// The byte offsets (from the start of `bytes`) where an invalid sequence starts, at most `limit`.
    ///
    /// Follows the Unicode well-formedness table (3-7): no overlong forms, no surrogates,
    /// nothing above U+10FFFF.
    static func invalidOffsets(in bytes: UnsafeBufferPointer<UInt8>, limit: Int = 1000) -> [Int] {
        var offsets: [Int] = []
        var index = 0
        let count = bytes.count
        while index < count, offsets.count < limit {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                // Nearly all of an input is ASCII: step over it a word at a time.
                if let base = bytes.baseAddress {
                    while index + 8 <= count,
                          UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                        index += 8
                    }
                }
                continue
            }
            let length = sequenceLength(bytes, at: index)
            if length == 0 {
                offsets.append(index)
                index += 1
            } else {
                index += length
            }
        }
        return offsets
    }

    /// The length of the valid multi-byte sequence starting at `index`, or 0 when it is invalid.
    private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let (length, secondLow, secondHigh): (Int, UInt8, UInt8)
        switch lead {
        case 0xC2...0xDF: (length, secondLow, secondHigh) = (2, 0x80, 0xBF)
        case 0xE0: (length, secondLow, secondHigh) = (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, secondLow, secondHigh) = (3, 0x80, 0xBF)
        case 0xED: (length, secondLow, secondHigh) = (3, 0x80, 0x9F)
        case 0xF0: (length, secondLow, secondHigh) = (4, 0x90, 0xBF)
        case 0xF1...0xF3: (length, secondLow, secondHigh) = (4, 0x80, 0xBF)
        case 0xF4: (length, secondLow, secondHigh) = (4, 0x80, 0x8F)
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        let second = bytes[index + 1]
        guard second >= secondLow, second <= secondHigh else { return 0 }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
            return 0
        }
        return length
    }
}
