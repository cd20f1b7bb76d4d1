/// The 64-bit hash that identifies a term: the normalised bytes of a word, eight at a time;
/// a phrase folds the hashes of its words (`combine`), so that the tokenizer never rehashes text.
enum TermHash {
    static let seed: UInt64 = 0x243F_6A88_85A3_08D3
    /// Sets the 0x20 bit of every byte: lower case for ASCII letters, no change for digits.
    static let lowercaseBits: UInt64 = 0x2020_2020_2020_2020

    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 32
        x = x &* 0x9E37_79B9_7F4A_7C15
        x ^= x >> 29
        return x
    }

    /// Hash of one word's bytes (already normalised). `readable` bytes may be read from `bytes`
    /// (at least `count`): with eight or more, the tail is read in one load and masked.
    @inline(__always)
    static func hash(_ bytes: UnsafePointer<UInt8>, count: Int, readable: Int, orBits: UInt64 = 0) -> UInt64 {
        var hash = seed ^ UInt64(truncatingIfNeeded: count)
        var index = 0
        let raw = UnsafeRawPointer(bytes)
        while index &+ 8 <= count {
            hash = mix(hash ^ (raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) | orBits))
            index &+= 8
        }
        let remaining = count &- index
        var tail: UInt64 = 0
        if remaining > 0 {
            if readable &- index >= 8 {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self).littleEndian
                tail = (word | orBits) & (UInt64.max >> UInt64(truncatingIfNeeded: (8 &- remaining) &* 8))
            } else {
                var shift: UInt64 = 0
                while index < count {
                    tail |= (UInt64(bytes[index]) | (orBits & 0xFF)) << shift
                    shift &+= 8
                    index &+= 1
                }
            }
        }
        return mix(hash ^ tail ^ 0x5555)
    }

    /// Hash of a normalised word with no bytes readable beyond it.
    @inline(__always)
    static func hash(_ bytes: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        hash(bytes, count: count, readable: count)
    }

    /// Hash of ASCII letters and digits as if lower-cased: the same as `hash` of their lower-case
    /// spelling, without writing that spelling anywhere. `readable` as for `hash`.
    @inline(__always)
    static func hashLowercasingAlphanumerics(_ bytes: UnsafePointer<UInt8>, count: Int, readable: Int) -> UInt64 {
        hash(bytes, count: count, readable: readable, orBits: lowercaseBits)
    }

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = bytes.baseAddress else { return mix(seed ^ 0x5555) }
        return hash(base, count: bytes.count)
    }

    /// Folds the next word of a phrase into the hash of the words before it.
    @inline(__always)
    static func combine(_ phrase: UInt64, _ word: UInt64) -> UInt64 {
        mix((phrase &* 0x1000_0000_01B3) ^ word ^ 0x20)
    }

    /// Hash of a normalised key: one word, or a phrase whose words are separated by one space.
    static func key(_ key: [UInt8]) -> UInt64 {
        var result: UInt64 = 0
        var first = true
        for word in key.split(separator: 0x20, omittingEmptySubsequences: false) {
            let wordHash = word.withUnsafeBufferPointer { hash($0) }
            result = first ? wordHash : combine(result, wordHash)
            first = false
        }
        return result
    }
}
