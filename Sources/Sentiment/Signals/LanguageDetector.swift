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

    static func detect(tokens: UnsafePointer<Token>, count: Int, lexicon: Lexicon, scripts: ScriptCounts) -> Verdict {
        var english = 0
        var accented = 0
        var foreign = SIMD8<Int32>(repeating: 0)
        var words = 0
        var valenced = 0
        for index in 0..<count {
            let token = tokens[index]
            guard token.kind == .word || token.kind == .emoticon else { continue }
            if token.kind == .word { words += 1 }
            if token.flags.contains(.accented) { accented += 1 }
            guard token.entry >= 0 else { continue }
            let entry = lexicon.entry(token.entry)
            if entry.valence != 0 { valenced += 1 }
            let languages = entry.languages
            if languages.contains(.english) { english += 1 }
            for (slot, other) in LanguageSet.others.enumerated() where languages.contains(other.set) {
                foreign[slot] += 1
            }
        }
        if scripts.nonLatin > scripts.latin {
            return Verdict(code: scripts.dominantLanguage, isScorable: false)
        }
        var best = 0
        for slot in 1..<LanguageSet.others.count where foreign[slot] > foreign[best] { best = slot }
        let evidence = Int(foreign[best]) + accented
        if evidence >= minimumForeignEvidence && evidence > foreignMargin * english {
            return Verdict(code: foreign[best] > 0 ? LanguageSet.others[best].code : "und", isScorable: false)
        }
        if words == 0 {
            return Verdict(code: "und", isScorable: valenced > 0)
        }
        return Verdict(code: "en", isScorable: true)
    }
}
