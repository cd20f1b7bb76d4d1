/// The VADER data compiled into the binary (see `Lexicon/Data/README.md`), read without files.
enum EmbeddedLexicon {
    /// Calls `body` with each `first<TAB>second` line of an embedded table. Splits bytes, not
    /// characters: a line may start with a combining mark (the keycap emoji).
    static func forEachLine(of table: StaticString, _ body: (Substring, Substring) -> Void) {
        table.withUTF8Buffer { bytes in
            for line in bytes.split(separator: 0x0A) {
                guard let tab = line.firstIndex(of: 0x09) else { continue }
                let first = String(decoding: line[line.startIndex..<tab], as: UTF8.self)
                let second = String(decoding: line[(tab + 1)...], as: UTF8.self)
                body(first[...], second[...])
            }
        }
    }

    /// VADER's term valences, in file order (later duplicates win, as in VADER).
    static func vaderValences() -> [(term: String, valence: Float)] {
        var result: [(term: String, valence: Float)] = []
        forEachLine(of: vaderWords) { term, mean in
            if let valence = Float(mean) { result.append((String(term), valence)) }
        }
        return result
    }

    /// VADER's emoji descriptions, in file order.
    static func emojiDescriptions() -> [(emoji: String, description: String)] {
        var result: [(emoji: String, description: String)] = []
        forEachLine(of: emojiNames) { emoji, description in
            result.append((String(emoji), String(description)))
        }
        return result
    }
}
