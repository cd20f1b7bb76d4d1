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

    /// True for the marks that end a sentence.
    var endsSentence: Bool { self == .sentenceMark || self == .exclamation || self == .question }
}
