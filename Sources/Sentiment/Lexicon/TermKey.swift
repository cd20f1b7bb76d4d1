/// The normal form of a term, shared by the lexicon and the tokenizer.
///
/// Lower case (ASCII and Latin-1 letters), curly apostrophes made straight, variation selectors
/// dropped, words joined by one space, and a hyphen between two words of two letters or more
/// read as a space ("top-notch" is the phrase "top notch", while the emoticon "x-d" stays).
enum TermKey {
    static func normalize(_ term: String) -> [UInt8] {
        plainASCIIKey(term) ?? normalizeScalars(term)
    }

    /// The key of a term of ASCII with no hyphen or tab and single spaces only between words
    /// (most terms): its bytes with capitals lower-cased, which is what `normalizeScalars` makes
    /// of such a term; nil for any other term. Building the lexicon normalises some 10,000
    /// terms at every start, and the general path (arrays of scalars, a string, a split and a
    /// join per term) was a third of `earshot tag`'s start-up.
    static func plainASCIIKey(_ term: String) -> [UInt8]? {
        var key: [UInt8] = []
        key.reserveCapacity(term.utf8.count)
        var previous: UInt8 = 0x20  // a leading space is not plain
        for byte in term.utf8 {
            if byte >= 0x80 || byte == 0x2D || byte == 0x09 || (byte == 0x20 && previous == 0x20) { return nil }
            key.append(byte &- 0x41 < 26 ? byte | 0x20 : byte)
            previous = byte
        }
        return previous == 0x20 ? nil : key  // empty, or a trailing space
    }

    /// The normal form of any term, scalar by scalar.
    static func normalizeScalars(_ term: String) -> [UInt8] {
        var scalars: [Unicode.Scalar] = []
        for scalar in term.unicodeScalars {
            switch scalar.value {
            case 0xFE0E, 0xFE0F: continue
            case 0x2018, 0x2019: scalars.append("'")
            default: scalars.append(lowercased(scalar))
            }
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: joinHyphenatedWords(scalars))
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        return Array(words.joined(separator: " ").utf8)
    }

    /// Lower-cases ASCII and Latin-1 capitals, the letters the tokenizer folds.
    static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if (0x41...0x5A).contains(value) || ((0xC0...0xDE).contains(value) && value != 0xD7) {
            return Unicode.Scalar(value + 0x20) ?? scalar
        }
        return scalar
    }

    private static func joinHyphenatedWords(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result = scalars
        for index in scalars.indices where scalars[index] == "-" {
            if letterRun(scalars, from: index - 1, step: -1) >= 2
                && letterRun(scalars, from: index + 1, step: 1) >= 2 {
                result[index] = " "
            }
        }
        return result
    }

    private static func letterRun(_ scalars: [Unicode.Scalar], from start: Int, step: Int) -> Int {
        var count = 0
        var index = start
        while index >= 0 && index < scalars.count && scalars[index].properties.isAlphabetic {
            count += 1
            index += step
        }
        return count
    }
}
