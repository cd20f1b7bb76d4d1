/// Settles each token as the tokenizer adds it: gathers the evidence bits (see
/// `TextEvidence.presence`) and lists in `visits` the tokens the scorer must see, which for a
/// token is known once the token after it is: anything but a plain word (a word with a role or
/// valence, ending in "n't", or that may start a phrase with the token after it).
///
/// A value the tokenizer's loop keeps in registers; `close` ends the list with the token count.
struct Settler {
    let visits: UnsafeMutablePointer<Int32>
    let table: LexiconTable
    private(set) var visitCount = 0
    private(set) var presence: UInt32 = 0
    // The last token, until the token after it is known: 1 when it is visited for itself, 1
    // when it starts some phrase, and its hash.
    private var lastVisit: UInt32 = 0
    private var lastStartsPhrase: UInt32 = 0
    private var lastHash: UInt64 = 0

    init(visits: UnsafeMutablePointer<Int32>, table: LexiconTable) {
        self.visits = visits
        self.table = table
    }

    /// Takes in the token at `index` (the one after the last taken), with its entry. Integer
    /// arithmetic only: no branch.
    @inline(__always)
    mutating func take(index: Int, kind: UInt32, flags: UInt16, roles: UInt32, hash: UInt64) {
        presence |= TextEvidence.presence(kind: kind, flags: flags, roles: roles)
        let startsPair = lastStartsPhrase & (roles &>> 22) & 1  // this token is a phraseSecond
        let candidate = startsPair & table.mayStartPhrase(lastHash, hash)
        visits[visitCount] = Int32(truncatingIfNeeded: index &- 1)
        visitCount &+= Int(lastVisit | candidate)
        // Anything but a word, an active word (bit 26) or one ending in "n't" (flag bit 6).
        lastVisit = TextEvidence.isNonZero(kind) | (roles &>> 26) & 1 | UInt32(flags &>> 6) & 1
        // Starts some phrase (bit 29) and is a word or number (kind 0 or 1).
        lastStartsPhrase = (roles &>> 29) & 1 & TextEvidence.isZero(kind &>> 1)
        lastHash = hash
    }

    /// Takes in the token at `index`, as written.
    @inline(__always)
    mutating func take(_ index: Int, _ token: borrowing Token) {
        take(index: index, kind: token.kind.code, flags: token.flags.rawValue, roles: token.lex.roles.rawValue, hash: token.hash)
    }

    /// Settles the last token (the one before the sentinel, which starts no phrase) and ends
    /// the list with `tokenCount`.
    mutating func close(tokenCount: Int) {
        visits[visitCount] = Int32(truncatingIfNeeded: tokenCount &- 1)
        visitCount &+= Int(lastVisit)
        visits[visitCount] = Int32(truncatingIfNeeded: tokenCount)
    }
}
