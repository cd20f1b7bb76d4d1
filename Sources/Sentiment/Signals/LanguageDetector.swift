/// Tells English from other languages by function words, accented letters and scripts, so that
/// foreign text is never scored by accidental English look-alikes ("super", "horrible").
enum LanguageDetector {
    /// The verdict: the language and whether the English lexicon applies.
    struct Verdict {
        var language: LanguageCode
        var isScorable: Bool

        var code: String { language.code }
    }

    /// Foreign evidence must reach this and exceed `foreignMargin` times the English evidence.
    static let minimumForeignEvidence = 2
    static let foreignMargin = 2
    /// In a text of at most this many words, one foreign word and no English one decide.
    static let shortText: Int32 = 4

    /// The language of a plainly English text, from its `TextEvidence.presence` bits: with no
    /// function word of another language, no accented word and no other script
    /// (`TextEvidence.needsCounts` false), the weighing could only come out English, or
    /// undetermined with no words.
    @inline(__always)
    static func plainVerdict(presence: UInt32) -> Verdict {
        presence & TextEvidence.Presence.word != 0 ? Verdict(language: .english, isScorable: true)
            : Verdict(language: .undetermined, isScorable: presence & TextEvidence.Presence.valence != 0)
    }

    /// The language by the exact counts: scripts first, then function and accented words.
    @inline(never)
    static func weigh(_ evidence: TextEvidence) -> Verdict {
        if evidence.scripts.nonLatin > evidence.scripts.latin {
            return Verdict(language: evidence.scripts.dominantLanguage, isScorable: false)
        }
        let foreign = evidence.foreignWords
        var best = 0
        for slot in 1..<6 where foreign[slot] > foreign[best] { best = slot }
        let foreignEvidence = Int(foreign[best]) + Int(evidence.accentedWords)
        let shortForeign = foreign[best] > 0 && evidence.englishWords == 0 && evidence.words <= shortText
        if shortForeign || (foreignEvidence >= minimumForeignEvidence && foreignEvidence > foreignMargin * Int(evidence.englishWords)) {
            return Verdict(language: foreign[best] > 0 ? LanguageCode(foreignSlot: best) : .undetermined, isScorable: false)
        }
        if evidence.words == 0 {
            return Verdict(language: .undetermined, isScorable: evidence.hasValence)
        }
        return Verdict(language: .english, isScorable: true)
    }
}
