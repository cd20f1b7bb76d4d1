/// The languages the detector can name, with their ISO 639-1 codes.
enum LanguageCode: UInt8 {
    case english, french, spanish, german, italian, portuguese, dutch
    case japanese, korean, chinese, greek, hebrew
    case undetermined

    /// The ISO 639-1 code, or "und".
    var code: String {
        switch self {
        case .english: "en"
        case .french: "fr"
        case .spanish: "es"
        case .german: "de"
        case .italian: "it"
        case .portuguese: "pt"
        case .dutch: "nl"
        case .japanese: "ja"
        case .korean: "ko"
        case .chinese: "zh"
        case .greek: "el"
        case .hebrew: "he"
        case .undetermined: "und"
        }
    }

    /// The language of a foreign-word slot of `TextEvidence.foreignWords`.
    init(foreignSlot slot: Int) {
        switch slot {
        case 0: self = .french
        case 1: self = .spanish
        case 2: self = .german
        case 3: self = .italian
        case 4: self = .portuguese
        case 5: self = .dutch
        default: self = .undetermined
        }
    }
}
