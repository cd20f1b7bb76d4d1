/// The VADER data compiled into the binary (see `Lexicon/Data/README.md`), read without files.
enum EmbeddedLexicon {
    /// Calls `body` with each `first<TAB>second` line of an embedded table.
    static func forEachLine(of table: StaticString, _ body: (Substring, Substring) -> Void) {
        let text = table.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            guard fields.count == 2 else { continue }
            body(fields[0], fields[1])
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
