/// How many letters of each script family a text has, for telling languages apart.
struct ScriptCounts {
    var latin: Int32 = 0
    var cyrillic: Int32 = 0
    var greek: Int32 = 0
    var hebrew: Int32 = 0
    var arabic: Int32 = 0
    var kana: Int32 = 0
    var hangul: Int32 = 0
    var han: Int32 = 0
    var other: Int32 = 0

    /// Counts one non-Latin letter.
    mutating func count(_ scalar: UInt32) {
        switch scalar {
        case 0x0370...0x03FF, 0x1F00...0x1FFF: greek &+= 1
        case 0x0400...0x052F: cyrillic &+= 1
        case 0x0590...0x05FF: hebrew &+= 1
        case 0x0600...0x06FF, 0x0750...0x077F: arabic &+= 1
        case 0x3040...0x30FF: kana &+= 1
        case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF: hangul &+= 1
        case 0x3400...0x4DBF, 0x4E00...0x9FFF: han &+= 1
        default: other &+= 1
        }
    }

    var nonLatin: Int32 { cyrillic &+ greek &+ hebrew &+ arabic &+ kana &+ hangul &+ han &+ other }

    /// The language the dominant non-Latin script implies, or `.undetermined`.
    var dominantLanguage: LanguageCode {
        if kana > 0 { return .japanese }
        let total = nonLatin
        if hangul &* 2 > total { return .korean }
        if han &* 2 > total { return .chinese }
        if greek &* 2 > total { return .greek }
        if hebrew &* 2 > total { return .hebrew }
        return .undetermined
    }
}
