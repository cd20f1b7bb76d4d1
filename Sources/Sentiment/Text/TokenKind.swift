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
    @inline(__always) var endsSentence: Bool { (Self.sentenceEndKinds &>> code) & 1 != 0 }

    // Kinds as bit sets over `code`: one shift and test, where comparing with each case became
    // a jump table (an indirect branch, often mispredicted, in every call of `Scorer.process`)
    // or a call.
    /// Word, number, emoticon, symbol.
    static let wordLikeKinds: UInt32 = 0b10_0000_0111
    /// Sentence mark, exclamation, question.
    static let sentenceEndKinds: UInt32 = 0b01_1100_0000
}
