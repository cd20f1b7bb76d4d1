/// Everything the tagger knows about one term (a word, phrase, emoticon or emoji).
struct LexiconEntry: Sendable, Hashable {
    /// Mean human valence rating on VADER's -4...4 scale; 0 for terms with no sentiment.
    var valence: Float = 0
    /// Added to the next sentiment word's magnitude when `roles` has `.booster` (negative dampens).
    var booster: Float = 0
    var roles = TermRoles.empty
    /// The aspect this term names, if any.
    var aspect: Aspect?
    /// Urgency kinds this term signals (`UrgencyKind.bit`).
    var urgency: UInt8 = 0
    /// Languages this term is a common function word of (see `LanguageSet`).
    var languages = LanguageSet.empty
    /// The most words of any phrase that starts with this term (0 or 1: starts none).
    var longestPhrase: UInt8 = 0

    /// True when the term moves the score by itself.
    var hasValence: Bool { valence != 0 }
}
