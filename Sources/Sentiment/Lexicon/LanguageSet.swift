/// A set of languages that the language detector tells apart by their function words.
struct LanguageSet: OptionSet, Sendable, Hashable {
    let rawValue: UInt8

    init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// No language. (Hot code writes `.empty` rather than `[]`, which can build an array at run time.)
    static let empty = LanguageSet(rawValue: 0)

    static let english = LanguageSet(rawValue: 1 << 0)
    static let french = LanguageSet(rawValue: 1 << 1)
    static let spanish = LanguageSet(rawValue: 1 << 2)
    static let german = LanguageSet(rawValue: 1 << 3)
    static let italian = LanguageSet(rawValue: 1 << 4)
    static let portuguese = LanguageSet(rawValue: 1 << 5)
    static let dutch = LanguageSet(rawValue: 1 << 6)

    /// The languages other than English, with their ISO 639-1 codes, in a fixed order.
    static let others: [(set: LanguageSet, code: String)] = [
        (.french, "fr"), (.spanish, "es"), (.german, "de"),
        (.italian, "it"), (.portuguese, "pt"), (.dutch, "nl"),
    ]

    /// Reads a language name used in the rule tables ("fr"), or nil.
    init?(code: Substring) {
        switch code {
        case "en": self = .english
        case "fr": self = .french
        case "es": self = .spanish
        case "de": self = .german
        case "it": self = .italian
        case "pt": self = .portuguese
        case "nl": self = .dutch
        default: return nil
        }
    }
}
