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
        let isWord: Int32 = token.kind == .word ? 1 : 0
        words &+= isWord
        capitalWords &+= isWord & (flags.contains(.allCaps) ? 1 : 0)
        lowerCaseWords &+= isWord & (!flags.contains(.allCaps) && flags.contains(.hasLower) ? 1 : 0)
        accentedWords &+= isWord & (flags.contains(.accented) ? 1 : 0)
        // A token without an entry has the empty one: no valence, no languages.
        valenced &+= token.lex.valence != 0 ? 1 : 0
        let languages = token.lex.languages.rawValue
        englishWords &+= Int32(languages & 1)
        // Function words of other languages are rare in English text: a branch seldom taken.
        if languages > 1 { countForeign(languages >> 1) }
    }

    private mutating func countForeign(_ bits: UInt8) {
        var others = bits
        var slot = 0
        while others != 0 {
            foreignWords[slot] &+= Int32(others & 1)
            others >>= 1
            slot &+= 1
        }
    }
}
