/// Runs one analysis: tokenize, detect the language, merge phrases, apply the rules, and
/// assemble the result. Linear in the length of the text; all working memory is per call.
struct Analyzer {
    let lexicon: Lexicon
    let text: UnsafePointer<UInt8>
    let textCount: Int
    /// Tokens, merged in place into units (a phrase becomes one unit).
    let units: UnsafeMutablePointer<Token>
    var unitCount: Int
    let norm: UnsafeMutablePointer<UInt8>
    var state: UnitState

    /// Largest text analysed; longer texts are analysed up to this many bytes.
    static let maxBytes = 1 << 28

    /// Analyses UTF-8 text.
    static func analyze(_ bytes: UnsafeBufferPointer<UInt8>, lexicon: Lexicon) -> SentimentAnalysis {
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            return SentimentAnalysis(score: 0, label: .neutral, language: "und", scored: false)
        }
        var count = min(bytes.count, maxBytes)
        while count < bytes.count, count > 0, base[count] & 0xC0 == 0x80 { count -= 1 }
        return withUnsafeTemporaryAllocation(of: Token.self, capacity: count + 1) { tokens in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count + 1) { norm in
                analyze(text: base, count: count, tokens: tokens.baseAddress!, norm: norm.baseAddress!, lexicon: lexicon)
            }
        }
    }

    private static func analyze(text: UnsafePointer<UInt8>, count: Int, tokens: UnsafeMutablePointer<Token>,
                                norm: UnsafeMutablePointer<UInt8>, lexicon: Lexicon) -> SentimentAnalysis {
        var tokenizer = Tokenizer(lexicon: lexicon, text: text, count: count, tokens: tokens, norm: norm)
        tokenizer.run()
        let tokenCount = tokenizer.tokenCount
        let language = LanguageDetector.detect(tokens: tokens, count: tokenCount, lexicon: lexicon,
                                               scripts: tokenizer.scripts)
        guard language.isScorable else {
            return unscored(language: language.code, tokens: tokens, count: tokenCount)
        }
        return withUnsafeTemporaryAllocation(byteCount: UnitState.byteCount(units: tokenCount + 1), alignment: 8) { raw in
            var analyzer = Analyzer(lexicon: lexicon, text: text, textCount: count, units: tokens,
                                    unitCount: tokenCount, norm: norm,
                                    state: UnitState(raw: raw.baseAddress!, units: tokenCount + 1))
            analyzer.mergePhrases()
            analyzer.numberSentencesAndClauses()
            analyzer.scoreUnits()
            analyzer.weighContrasts()
            return analyzer.result(language: language.code, hashtags: tokenizer.hashtagCount)
        }
    }

    /// The result for text in a language the tagger has no lexicon for, or with no words.
    private static func unscored(language: String, tokens: UnsafePointer<Token>, count: Int) -> SentimentAnalysis {
        var hasLink = false
        for index in 0..<count where tokens[index].kind == .url { hasLink = true }
        return SentimentAnalysis(score: 0, label: .neutral, signals: Signals(spam: hasLink ? [.links] : []),
                                 language: language, scored: false)
    }

    @inline(__always) func entry(_ index: Int) -> LexiconEntry? {
        let value = units[index].entry
        return value >= 0 ? lexicon.entry(value) : nil
    }

    @inline(__always) func roles(_ index: Int) -> TermRoles {
        let value = units[index].entry
        return value >= 0 ? lexicon.entry(value).roles : []
    }

    @inline(__always) func isWordLike(_ index: Int) -> Bool {
        let kind = units[index].kind
        return kind == .word || kind == .number || kind == .emoticon || kind == .symbol
    }
}
