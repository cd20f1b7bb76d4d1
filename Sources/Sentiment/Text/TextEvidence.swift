/// What the tokenizer gathers on its way, for language detection and the capitals rule.
///
/// Most texts are plainly English: no function word of another language, no accented word,
/// no other script. For those, which kinds of words a text has at all (`presence`) settles
/// everything; the exact counts are gathered only for the others (`needsCounts`).
struct TextEvidence {
    /// Letters per script (always counted).
    var scripts = ScriptCounts()
    /// `Presence` bits: what the text has at all.
    var presence: UInt32 = 0
    // Exact counts, gathered only when `needsCounts` (zero otherwise).
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
    // Always counted.
    var links: Int32 = 0
    var hashtags: Int32 = 0

    /// Bits of `presence`.
    enum Presence {
        static let word: UInt32 = 1 << 0
        static let valence: UInt32 = 1 << 1
        static let capitalWord: UInt32 = 1 << 2
        static let lowerCaseWord: UInt32 = 1 << 3
        /// A function word of another language that is not also an English one ("los", not
        /// "a" or "was"): only such words can outweigh the English ones.
        static let foreignWord: UInt32 = 1 << 4
        static let accentedWord: UInt32 = 1 << 5
        /// A letter of another script (`scripts.nonLatin` is not 0): set where one is counted,
        /// so that no text adds up the script counts to find out.
        static let otherScript: UInt32 = 1 << 6
    }

    /// VADER's rule for capitals: they add emphasis only when some words are in capitals and
    /// some are not.
    var capitalsMatter: Bool {
        presence & (Presence.capitalWord | Presence.lowerCaseWord) == Presence.capitalWord | Presence.lowerCaseWord
    }

    /// Some word, emoticon or emoji has a valence.
    var hasValence: Bool { presence & Presence.valence != 0 }

    /// The text has words (not only numbers, marks, emoticons).
    var hasWords: Bool { presence & Presence.word != 0 }

    /// A function word of another language that English does not share, an accented word or
    /// letters of another script: the language must be weighed with exact counts. (Without,
    /// each language's count is at most the English one, which the weighing never takes for
    /// foreign.)
    var needsCounts: Bool {
        presence & (Presence.foreignWord | Presence.accentedWord | Presence.otherScript) != 0
    }

    /// The presence bits of one token of `kind` with these flags and roles (symbols count for
    /// nothing; marks, links and mentions have no entry). Integer arithmetic only: no branch.
    @inline(__always)
    static func presence(kind: UInt32, flags: UInt16, roles: UInt32) -> UInt32 {
        let flags = UInt32(flags)
        let allCaps = flags & 1  // TokenFlags.allCaps
        var wordBits = Presence.word | allCaps &<< 2
        wordBits |= (allCaps ^ 1) & (flags &>> 3) & 1 &* Presence.lowerCaseWord  // hasLower, not in capitals
        wordBits |= (flags &>> 5) & 1 &* Presence.accentedWord  // accented
        // Roles `valenced` (bit 27) and `foreignOnly` (bit 28) land on Presence.valence and foreignWord.
        let entryBits = (roles &>> 26) & Presence.valence | (roles &>> 24) & Presence.foreignWord
        let isWord = Self.isZero(kind)
        let counted = Self.isNonZero(kind ^ TokenKind.symbol.code)
        return wordBits & (0 &- isWord) | entryBits & (0 &- counted)
    }

    /// 1 for 0, else 0.
    @inline(__always)
    static func isZero(_ value: UInt32) -> UInt32 { UInt32(truncatingIfNeeded: (UInt64(value) &- 1) &>> 63) }

    /// 1 for anything but 0.
    @inline(__always)
    static func isNonZero(_ value: UInt32) -> UInt32 { isZero(value) ^ 1 }

    /// Counts one token exactly (not symbols: the tokenizer leaves those out).
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
        var others = languages &>> 1
        var slot = 0
        while others != 0 {
            foreignWords[slot] &+= Int32(others & 1)
            others &>>= 1
            slot &+= 1
        }
    }
}
