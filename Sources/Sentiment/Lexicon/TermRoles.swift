/// What a term does to its neighbours, besides carrying a valence of its own.
struct TermRoles: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    /// No role. (Hot code writes `.empty` rather than `[]`, which can build an array at run time.)
    static let empty = TermRoles(rawValue: 0)

    /// Flips the valence of the sentiment words in its scope ("not", "never", "didn't").
    static let negator = TermRoles(rawValue: 1 << 0)
    /// Scales the next sentiment word up or down ("very", "slightly"); see `LexiconEntry.booster`.
    static let booster = TermRoles(rawValue: 1 << 1)
    /// A booster that is a sentiment word when nothing follows it ("incredible", "pretty").
    static let boosterOrWord = TermRoles(rawValue: 1 << 2)
    /// Marks what follows as what counts ("but", "however"): earlier clauses weigh less.
    static let contrastive = TermRoles(rawValue: 1 << 3)
    /// Opens a clause that is conceded ("although", "despite", "except"): that clause weighs less.
    static let concessive = TermRoles(rawValue: 1 << 4)
    /// Ends a clause: negation scope and aspect clauses stop here ("and", "because", "which").
    static let clauseBreak = TermRoles(rawValue: 1 << 5)
    /// Cancels a negation right before it ("not only", "no doubt").
    static let negationBlocker = TermRoles(rawValue: 1 << 6)
    /// "like": a verb (sentiment) after a subject or auxiliary, otherwise a preposition.
    static let likeAmbiguous = TermRoles(rawValue: 1 << 7)
    /// A word after which "like" is a verb ("i", "we", "really", "would").
    static let likeSubject = TermRoles(rawValue: 1 << 8)
    /// A neutral word whose negation reports a failure ("didn't work", "won't be back", "not
    /// quality").
    static let functionVerb = TermRoles(rawValue: 1 << 9)
    /// "least": negates unless "at least" or "very least".
    static let least = TermRoles(rawValue: 1 << 10)
    /// A negator whose own valence drops when it negates a sentiment word ("no").
    static let negatorWithOwnValence = TermRoles(rawValue: 1 << 11)
    /// An emoticon or emoji.
    static let emoticon = TermRoles(rawValue: 1 << 12)
    /// A problem a business can act on ("cold", "overcharged", "rude").
    static let complaintCue = TermRoles(rawValue: 1 << 13)
    /// Selling something ("promo code", "click here").
    static let promotionCue = TermRoles(rawValue: 1 << 14)
    /// A topic spam is usually about ("crypto", "casino").
    static let offTopicCue = TermRoles(rawValue: 1 << 15)
    /// "never" before "so" or "this": an intensifier, not a negation ("never this good").
    static let neverWord = TermRoles(rawValue: 1 << 16)
    /// "so" or "this" after "never".
    static let neverIntensifierTarget = TermRoles(rawValue: 1 << 17)
    /// "at" or "very" before "least".
    static let leastException = TermRoles(rawValue: 1 << 18)
    /// A contrastive word that only contrasts at the end of its clause ("though").
    static let trailingContrast = TermRoles(rawValue: 1 << 19)
    /// A short function word that rarely carries meaning on its own (for keyword stuffing).
    static let stopword = TermRoles(rawValue: 1 << 20)
    /// Only at the start of a clause is the term what its row says: a contrastive word contrasts
    /// there only ("yet", not "not yet"), and a negating question ("isn't it") is a question
    /// there only ("Isn't it great?"), elsewhere the negator its first word is ("why isn't it ready").
    static let clauseInitialOnly = TermRoles(rawValue: 1 << 21)
    /// The second word of some phrase: only then is a phrase worth looking up.
    static let phraseSecond = TermRoles(rawValue: 1 << 22)
    /// "or", "nor": a negation reaches past them to the next sentiment word ("not fun or clever").
    static let coordinator = TermRoles(rawValue: 1 << 23)
    /// "too": a plain word after it is an excess ("too big", "too much").
    static let excess = TermRoles(rawValue: 1 << 24)
    /// A negator of what should have been ("wish", "should have"): it turns praise into a
    /// complaint but leaves a complaint as it is.
    static let counterfactual = TermRoles(rawValue: 1 << 25)
    /// Set by `LexiconBuilder` on every term the rules must look at: one with a valence or a
    /// role that acts on other words. Plain words skip the rules.
    static let active = TermRoles(rawValue: 1 << 26)

    // Derived by `LexiconBuilder` from the rest of the entry, so that the tokenizer reads what
    // it needs about a word from one 32-bit value.
    /// The term has a valence.
    static let valenced = TermRoles(rawValue: 1 << 27)
    /// A function word of another language that is not also an English one (see `TextEvidence`).
    static let foreignOnly = TermRoles(rawValue: 1 << 28)
    /// The term starts some phrase of two words or more.
    static let startsPhrase = TermRoles(rawValue: 1 << 29)

    /// A verb of coming to or buying from a business ("buy", "eat", "go", "come back"): negated,
    /// it is a refusal when a `returnIntent` word follows in its clause.
    static let patronage = TermRoles(rawValue: 1 << 30)
    /// Coming back or buying again ("again", "anymore", "come back", "buy again"): after a negated
    /// `patronage` verb (or negated itself, when it is one) a customer says they are leaving.
    static let returnIntent = TermRoles(rawValue: 1 << 31)

    /// Contrastive and concessive words of any kind (contrastive, concessive, trailingContrast).
    /// Spelt as raw bits, like the other sets the rules test per word, so that they are
    /// constants rather than arrays built at run time.
    static let contrastMarkers = TermRoles(rawValue: 1 << 3 | 1 << 4 | 1 << 19)
    /// Words after which "too" is no excess: stopword, booster, negator, clauseBreak.
    static let excessBlockers = TermRoles(rawValue: 1 << 20 | 1 << 1 | 1 << 0 | 1 << 5)
    /// "just" and "only", which block a negation right after it ("not just") and start a
    /// restatement past it: negationBlocker and stopword together.
    static let restatement = TermRoles(rawValue: 1 << 6 | 1 << 20)

    /// The roles that make a term active (all but the passive markers).
    static let acting: TermRoles = [
        .negator, .booster, .boosterOrWord, .contrastive, .concessive, .clauseBreak, .negationBlocker,
        .likeAmbiguous, .functionVerb, .least, .negatorWithOwnValence, .neverWord, .trailingContrast,
        .clauseInitialOnly, .coordinator, .excess, .counterfactual, .returnIntent,
    ]
}
