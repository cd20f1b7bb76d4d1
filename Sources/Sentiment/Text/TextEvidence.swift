/// Counts the tokenizer gathers on its way, for language detection and the capitals rule.
struct TextEvidence {
    /// Letters per script.
    var scripts = ScriptCounts()
    var words: Int32 = 0
    /// Words of two letters or more in capitals, and words with a lower-case letter.
    var capitalWords: Int32 = 0
    var lowerCaseWords: Int32 = 0
    /// Words with Latin letters beyond ASCII.
    var accentedWords: Int32 = 0
    /// Function words of English, and of each other language (slots as in `LanguageSet.others`).
    var englishWords: Int32 = 0
    var foreignWords = SIMD8<Int32>(repeating: 0)
    /// Tokens with a valence.
    var valenced: Int32 = 0
    var links: Int32 = 0
    var hashtags: Int32 = 0

    /// VADER's rule for capitals: they add emphasis only when some words are in capitals and
    /// some are not.
    var capitalsMatter: Bool { capitalWords > 0 && lowerCaseWords > 0 }

    /// Counts a word or emoticon token once its entry is known.
    @inline(__always)
    mutating func count(_ token: borrowing Token) {
        let flags = token.flags
        if token.kind == .word {
            words &+= 1
            capitalWords &+= flags.contains(.allCaps) ? 1 : 0
            lowerCaseWords &+= !flags.contains(.allCaps) && flags.contains(.hasLower) ? 1 : 0
            accentedWords &+= flags.contains(.accented) ? 1 : 0
        }
        guard token.entry >= 0 else { return }
        valenced &+= token.lex.valence != 0 ? 1 : 0
        let languages = token.lex.languages.rawValue
        if languages != 0 { countLanguages(languages) }
    }

    private mutating func countLanguages(_ languages: UInt8) {
        if languages & LanguageSet.english.rawValue != 0 { englishWords &+= 1 }
        var others = languages >> 1
        var slot = 0
        while others != 0 {
            if others & 1 != 0 { foreignWords[slot] &+= 1 }
            others >>= 1
            slot &+= 1
        }
    }
}
