/// One token of a text (a word, an emoticon or emoji, or a mark that ends a clause or sentence),
/// and after phrase merging one unit, with everything the rules work out about it.
struct Token {
    var kind: TokenKind
    var flags: TokenFlags = []
    /// Rule marks (`RuleMarks`).
    var marks: RuleMarks = []
    /// Lexicon index of the token (or of the phrase it starts, after phrase merging), or -1.
    var entry: Int32 = -1
    /// UTF-8 byte range in the original text.
    var textStart: Int32
    var textEnd: Int32
    /// `TermHash` of the normalised word (0 for other tokens).
    var hash: UInt64 = 0
    /// A copy of the lexicon entry, so that the rules never go back to the table.
    var lex = LexiconEntry()
    /// Valence after boosters, capitals and negation, before clause weights.
    var valence: Float = 0
    /// Clause weight from contrastive and concessive conjunctions.
    var weight: Float = 1
    /// Start of the driver phrase in the text: the first modifier that shaped this unit.
    var phraseStart: Int32 = 0
    var clause: Int32 = 0
    var sentence: Int32 = 0

    init(kind: TokenKind, flags: TokenFlags = [], textStart: Int32, textEnd: Int32) {
        self.kind = kind
        self.flags = flags
        self.textStart = textStart
        self.textEnd = textEnd
        self.phraseStart = textStart
    }

    /// Records the lexicon entry at `index` (or none, for -1).
    @inline(__always)
    mutating func setEntry(_ index: Int32, from lexicon: Lexicon) {
        entry = index
        lex = index >= 0 ? lexicon.entry(index) : LexiconEntry()
    }

    /// The weighted contribution of this unit to the score's sum.
    @inline(__always) var contribution: Double { Double(valence) * Double(weight) }

    /// True for units that can carry or shape sentiment (not marks, links or mentions).
    @inline(__always) var isWordLike: Bool {
        kind == .word || kind == .number || kind == .emoticon || kind == .symbol
    }
}
