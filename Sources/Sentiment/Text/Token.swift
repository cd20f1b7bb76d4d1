/// One token of a text (a word, an emoticon or emoji, or a mark that ends a clause or sentence),
/// and after phrase merging one unit, with everything the rules work out about it.
struct Token {
    // Laid out in 64 bytes (one cache line in the 64-byte aligned scratch memory), with the
    // fields that start out the same for every token side by side.
    /// `TermHash` of the normalised word (0 for other tokens).
    var hash: UInt64 = 0
    /// A copy of the lexicon entry, so that the rules never go back to the table.
    var lex = LexiconEntry()
    /// UTF-8 byte range in the original text.
    var textStart: Int32
    var textEnd: Int32
    /// Start of the driver phrase in the text: the first modifier that shaped this unit.
    var phraseStart: Int32 = 0
    /// Lexicon index of the token (or of the phrase it starts, after phrase merging), or -1.
    var entry: Int32 = -1
    /// Valence after boosters, capitals and negation, before clause weights.
    var valence: Float = 0
    /// Clause weight from contrastive and concessive conjunctions.
    var weight: Float = 1
    var clause: Int32 = 0
    var sentence: Int32 = 0
    var flags = TokenFlags.empty
    var kind: TokenKind
    /// Rule marks (`RuleMarks`).
    var marks = RuleMarks.empty
    /// What the tokenizer's `Settler` needs of the token (see `Settler.bits`).
    var settleBits: UInt8 = 0

    init(kind: TokenKind, flags: TokenFlags = .empty, textStart: Int32, textEnd: Int32) {
        self.kind = kind
        self.flags = flags
        self.textStart = textStart
        self.textEnd = textEnd
        self.phraseStart = textStart
    }

    /// A word or number with its hash and lexicon entry (`entry` -1 and the empty entry if none).
    @inline(__always)
    init(kind: TokenKind, flags: TokenFlags, textStart: Int32, textEnd: Int32, hash: UInt64, entry: Int32,
         lex: LexiconEntry) {
        self.kind = kind
        self.flags = flags
        self.textStart = textStart
        self.textEnd = textEnd
        self.phraseStart = textStart
        self.hash = hash
        self.entry = entry
        self.lex = lex
    }

    /// Records the lexicon entry at `index` (or none, for -1).
    @inline(__always)
    mutating func setEntry(_ index: Int32, from lexicon: Lexicon) {
        entry = index
        lex = index >= 0 ? lexicon.entry(index) : LexiconEntry()
    }

    /// Where `clause` and `sentence` sit, side by side (the layout test checks it).
    static let clauseOffset = 48

    /// Where the entry's roles (`lex.roles`) sit (the layout test checks it).
    static let rolesOffset = 16

    /// Numbers the unit at `unit`: its `clause` and `sentence` in one eight-byte store, where two
    /// stores would be two instructions per unit for every plain word the scorer numbers.
    @inline(__always)
    static func number(_ unit: UnsafeMutablePointer<Token>, clause: Int32, sentence: Int32) {
        number(unit, numbering: UInt64(UInt32(bitPattern: clause)) | UInt64(UInt32(bitPattern: sentence)) &<< 32)
    }

    /// Numbers the unit at `unit` with its clause and sentence already side by side: the clause in
    /// the low half, the sentence in the high half.
    @inline(__always)
    static func number(_ unit: UnsafeMutablePointer<Token>, numbering: UInt64) {
        UnsafeMutableRawPointer(unit).storeBytes(of: numbering, toByteOffset: clauseOffset, as: UInt64.self)
    }

    /// The weighted contribution of this unit to the score's sum.
    @inline(__always) var contribution: Double { Double(valence) * Double(weight) }

    /// True for units that can carry or shape sentiment (not marks, links or mentions).
    @inline(__always) var isWordLike: Bool { (TokenKind.wordLikeKinds &>> kind.code) & 1 != 0 }
}
