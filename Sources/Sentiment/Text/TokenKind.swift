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

    /// The raw value as a 32-bit number, read straight from the case's tag (the cases are
    /// declared in raw-value order from 0, so tag and raw value agree): hot loops test kinds as
    /// bits of a mask, and the synthesised `rawValue` getter is not always inlined.
    @inline(__always) var code: UInt32 { UInt32(unsafeBitCast(self, to: UInt8.self)) }

    /// True for the marks that end a sentence.
    var endsSentence: Bool { self == .sentenceMark || self == .exclamation || self == .question }
}
