/// Properties of a token's spelling.
struct TokenFlags: OptionSet {
    let rawValue: UInt16

    /// No flag. (Hot code writes `.empty` rather than `[]`, which can build an array at run time.)
    static let empty = TokenFlags(rawValue: 0)

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
    /// Ends in "'s".
    static let possessive = TokenFlags(rawValue: 1 << 7)
    /// May have a letter three times in a row ("soooo"): worth a second look-up if not found.
    static let mayBeStretched = TokenFlags(rawValue: 1 << 8)

    /// A miss with either is worth a second look-up: possessive, mayBeStretched.
    static let retryable = TokenFlags(rawValue: 1 << 7 | 1 << 8)
    /// What a merged phrase keeps of its words' flags: hashtag, hasLower, elongated.
    static let keptByPhrases = TokenFlags(rawValue: 1 << 2 | 1 << 3 | 1 << 1)
}
