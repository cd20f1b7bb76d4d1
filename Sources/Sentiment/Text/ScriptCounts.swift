/// How many letters of each script family a text has, for telling languages apart.
struct ScriptCounts {
    var latin = 0
    var cyrillic = 0
    var greek = 0
    var hebrew = 0
    var arabic = 0
    var kana = 0
    var hangul = 0
    var han = 0
    var other = 0

    /// Counts one non-Latin letter.
    mutating func count(_ scalar: UInt32) {
        switch scalar {
        case 0x0370...0x03FF, 0x1F00...0x1FFF: greek += 1
        case 0x0400...0x052F: cyrillic += 1
        case 0x0590...0x05FF: hebrew += 1
        case 0x0600...0x06FF, 0x0750...0x077F: arabic += 1
        case 0x3040...0x30FF: kana += 1
        case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF: hangul += 1
        case 0x3400...0x4DBF, 0x4E00...0x9FFF: han += 1
        default: other += 1
        }
    }

    var nonLatin: Int { cyrillic + greek + hebrew + arabic + kana + hangul + han + other }

    /// The ISO 639-1 code the dominant non-Latin script implies, or "und".
    var dominantLanguage: String {
        if kana > 0 { return "ja" }
        let candidates: [(Int, String)] = [
            (hangul, "ko"), (han, "zh"), (greek, "el"), (hebrew, "he"),
        ]
        let best = candidates.max { $0.0 < $1.0 }
        if let best, best.0 * 2 > nonLatin { return best.1 }
        return "und"
    }
}
