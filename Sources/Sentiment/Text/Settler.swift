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
    /// The settle bits of all tokens taken, or-ed together (`presence` is their evidence part).
    private var allBits: UInt32 = 0
    // The settle bits of the last token, until the token after it is known: bit 0 when it is
    // visited for itself, bit 1 when it starts some phrase.
    private var lastBits: UInt32 = 0

    /// The evidence bits of the tokens taken (`TextEvidence.presence`).
    var presence: UInt32 { allBits &>> 2 }

    init(visits: UnsafeMutablePointer<Int32>, table: LexiconTable) {
        self.visits = visits
        self.table = table
    }

    /// The settle bits of a token of `kind` with these flags and roles: bit 0 set when the
    /// scorer must visit it for itself (anything but a word, an active word, a word ending in
    /// "n't"), bit 1 when it may start a phrase (a word or number that starts some), bits 2...7
    /// its `TextEvidence.Presence` bits. Integer arithmetic only: no branch.
    @inline(__always)
    static func bits(kind: UInt32, flags: UInt16, roles: UInt32) -> UInt8 {
        let visit = TextEvidence.isNonZero(kind) | (roles &>> 26) & 1 | UInt32(flags &>> 6) & 1
        let startsPhrase = (roles &>> 29) & 1 & TextEvidence.isZero(kind &>> 1)
        let presence = TextEvidence.presence(kind: kind, flags: flags, roles: roles)
        return UInt8(truncatingIfNeeded: visit | startsPhrase &<< 1 | presence &<< 2)
    }

    /// The part of a word's or number's settle bits that comes from its entry: visited when
    /// active (role bit 26), may start a phrase (bit 29), and the valence (bit 27) and
    /// foreign-only (bit 28) presence bits. No branch.
    @inline(__always)
    static func entryBits(roles: UInt32) -> UInt8 {
        let presence = (roles &>> 26) & TextEvidence.Presence.valence | (roles &>> 24) & TextEvidence.Presence.foreignWord
        return UInt8(truncatingIfNeeded: (roles &>> 26) & 1 | ((roles &>> 29) & 1) &<< 1 | presence &<< 2)
    }

    /// The part of an ASCII word's or number's settle bits that comes from the word: a number
    /// is visited; a word is present, in capitals or with small letters (see `TextEvidence`).
    @inline(__always)
    static func wordBits(isWord: Bool, flags: UInt16) -> UInt8 {
        let flags = UInt32(flags)
        let allCaps = flags & 1  // TokenFlags.allCaps
        var presence = TextEvidence.Presence.word | allCaps &<< 2
        presence |= (allCaps ^ 1) & (flags &>> 3) & 1 &* TextEvidence.Presence.lowerCaseWord  // hasLower
        return UInt8(truncatingIfNeeded: isWord ? presence &<< 2 : 1)
    }

    /// The settle bits of a token as written.
    @inline(__always)
    static func bits(of token: borrowing Token) -> UInt8 {
        bits(kind: token.kind.code, flags: token.flags.rawValue, roles: token.lex.roles.rawValue)
    }

    /// Takes in the token at `index` of `tokens` (the one after the last taken), as written.
    /// The two hashes are read only in the rare case that needs them: carried from token to
    /// token, the last one would cost a load and a move for every token.
    @inline(__always)
    mutating func take(_ index: Int, _ tokens: UnsafePointer<Token>) {
        let bits = UInt32(tokens[index].settleBits)
        allBits |= bits
        // The last token starts some phrase (bit 1) and this one is a phraseSecond (role bit 22).
        let startsPair = lastBits & (tokens[index].lex.roles.rawValue &>> 21) & 2
        visits[visitCount] = Int32(truncatingIfNeeded: index &- 1)
        // A branch, rarely taken (a word that may start a phrase, then one that may end it):
        // cheaper than the filter's look-up for every token. A candidate gets bit 30 (see
        // `Scorer.phraseFlag`) and is visited.
        if startsPair != 0 {
            let candidate = table.mayStartPhrase(tokens[index &- 1].hash, tokens[index].hash)
            visits[visitCount] |= Int32(bitPattern: candidate &<< 30)
            lastBits |= candidate
        }
        visitCount &+= Int(lastBits & 1)
        lastBits = bits
    }

    /// Settles the last token (the one before the sentinel, which starts no phrase) and ends
    /// the list with `tokenCount`.
    mutating func close(tokenCount: Int) {
        visits[visitCount] = Int32(truncatingIfNeeded: tokenCount &- 1)
        visitCount &+= Int(lastBits & 1)
        visits[visitCount] = Int32(truncatingIfNeeded: tokenCount)
    }
}
