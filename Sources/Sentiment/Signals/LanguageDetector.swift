/// Tells English from other languages by function words, accented letters and scripts, so that
/// foreign text is never scored by accidental English look-alikes ("super", "horrible").
enum LanguageDetector {
    /// The verdict: an ISO 639-1 code (or "und") and whether the English lexicon applies.
    struct Verdict {
        var code: String
        var isScorable: Bool
    }

    /// Foreign evidence must reach this and exceed `foreignMargin` times the English evidence.
    static let minimumForeignEvidence = 2
    static let foreignMargin = 2

    static func detect(_ evidence: TextEvidence) -> Verdict {
        if evidence.scripts.nonLatin > evidence.scripts.latin {
            return Verdict(code: evidence.scripts.dominantLanguage, isScorable: false)
        }
        let foreign = evidence.foreignWords
        var best = 0
        for slot in 1..<LanguageSet.others.count where foreign[slot] > foreign[best] { best = slot }
        let foreignEvidence = Int(foreign[best]) + evidence.accentedWords
        if foreignEvidence >= minimumForeignEvidence && foreignEvidence > foreignMargin * evidence.englishWords {
            return Verdict(code: foreign[best] > 0 ? LanguageSet.others[best].code : "und", isScorable: false)
        }
        if evidence.words == 0 {
            return Verdict(code: "und", isScorable: evidence.valenced > 0)
        }
        return Verdict(code: "en", isScorable: true)
    }
}
