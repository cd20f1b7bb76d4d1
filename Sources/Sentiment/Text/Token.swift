/// One token of a text: a word, an emoticon or emoji, or a mark that ends a clause or sentence.
struct Token {
    var kind: TokenKind
    var flags: TokenFlags = []
    /// Lexicon index of the token (or of the phrase it starts, after phrase merging), or -1.
    var entry: Int32 = -1
    /// UTF-8 byte range in the original text.
    var textStart: Int32
    var textEnd: Int32
    /// Byte range of the normalised form in the tokenizer's scratch buffer.
    var normStart: Int32 = 0
    var normLength: Int32 = 0
}

/// What a token is.
enum TokenKind: UInt8 {
    case word, number, emoticon, url, mention
    /// , ; : ( ) dashes: ends a clause.
    case clauseMark
    /// . … or a line break: ends a sentence.
    case sentenceMark
    case exclamation, question
    /// A symbol the lexicon knows ("$").
    case symbol

    /// True for the marks that end a clause (sentence marks included).
    var endsClause: Bool { self == .clauseMark || endsSentence }

    /// True for the marks that end a sentence.
    var endsSentence: Bool { self == .sentenceMark || self == .exclamation || self == .question }
}

/// Properties of a token's spelling.
struct TokenFlags: OptionSet {
    let rawValue: UInt8

    /// Two or more letters, all capitals.
    static let allCaps = TokenFlags(rawValue: 1 << 0)
    /// Has a letter repeated three times or more ("soooo").
    static let elongated = TokenFlags(rawValue: 1 << 1)
    /// Came from a hashtag.
    static let hashtag = TokenFlags(rawValue: 1 << 2)
    /// Has at least one lower-case letter.
    static let hasLower = TokenFlags(rawValue: 1 << 3)
    /// Letters of a script other than Latin.
    static let foreignScript = TokenFlags(rawValue: 1 << 4)
    /// Latin letters outside ASCII (é, ñ, ß).
    static let accented = TokenFlags(rawValue: 1 << 5)
    /// Ends in "n't" (a negator however it is spelt).
    static let negatedContraction = TokenFlags(rawValue: 1 << 6)
}
