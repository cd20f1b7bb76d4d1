/// Runs one analysis: tokenize, detect the language, apply the rules, and (for `analyze`)
/// assemble the full result. Linear in the length of the text; all working memory is per call.
enum Analyzer {
    /// Largest text analysed; longer texts are analysed up to this many bytes.
    static let maxBytes = 1 << 28

    /// Score and label only: no drivers, aspects or signals, and no allocation for short texts.
    /// Inlined into the tagger's two entry points: a call of its own cost every text a second
    /// prologue and epilogue and the result packed and unpacked again.
    @inline(__always)
    static func score(_ bytes: UnsafeBufferPointer<UInt8>, lexicon: Lexicon) -> SentimentScore {
        withScoredText(bytes, lexicon: lexicon, reader: ScoreReader.self)
    }

    /// The full analysis.
    static func analyze(_ bytes: UnsafeBufferPointer<UInt8>, lexicon: Lexicon) -> SentimentAnalysis {
        withScoredText(bytes, lexicon: lexicon, reader: AnalysisReader.self)
    }

    /// The text score: the sum of weighted valences plus punctuation emphasis, normalised.
    /// Inlined: out of line, it was a call per text (with the scorer passed by address).
    @inline(__always)
    static func finalScore(_ scorer: borrowing Scorer) -> Double {
        let emphasis = ScoringConstants.punctuationEmphasis(exclamations: scorer.exclamations, questions: scorer.questions)
        let total = scorer.total
        // Emphasis away from zero without a branch on the sign (which no predictor learns): the
        // emphasis (never negative) takes the total's sign bit, and is +0 when the total is 0
        // (never -0: it starts at +0). Adding -e is subtracting e, so the sums are the same.
        let bits = total.bitPattern
        let nonZero: UInt64 = 0 &- ((bits &<< 1) != 0 ? 1 : 0)
        let signBit = bits & (1 &<< 63)
        let signedEmphasis = Double(bitPattern: (emphasis.bitPattern | signBit) & nonZero)
        return ScoringConstants.normalize(total + signedEmphasis)
    }

    /// Tokenizes the text in scratch memory and, when its language is scorable, applies the
    /// rules; then hands the scorer, the evidence and the language verdict to `reader`. Empty
    /// texts get its `empty`.
    @inline(__always)
    private static func withScoredText<Reader: ScoredTextReader>(
        _ bytes: UnsafeBufferPointer<UInt8>, lexicon: Lexicon, reader: Reader.Type
    ) -> Reader.Result {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return Reader.empty }
        var count = min(bytes.count, maxBytes)
        while count < bytes.count, count > 0, base[count] & 0xC0 == 0x80 { count -= 1 }
        // Wrapping arithmetic: `count` is at most `maxBytes`, so nothing here can overflow, and
        // checked arithmetic was four overflow tests per text.
        let tokenBytes = (Scorer.lead &+ count &+ 1 &+ Scorer.slack) &* MemoryLayout<Token>.stride
        let normBytes = (count &+ 16 &+ 7) & ~7
        let visitBytes = ((count &+ 1) &* 4 &+ 7) & ~7
        let textBytes = count &+ Tokenizer.padding
        return ThreadScratch.withBytes(tokenBytes &+ normBytes &+ visitBytes &+ textBytes) { start -> Reader.Result in
            let tokens = start.bindMemory(to: Token.self, capacity: Scorer.lead + count + 1 + Scorer.slack) + Scorer.lead
            let norm = (start + tokenBytes).bindMemory(to: UInt8.self, capacity: count + 16)
            let visits = (start + tokenBytes + normBytes).bindMemory(to: Int32.self, capacity: count + 1)
            // The tokenizer reads eight bytes at a time: a copy with zeros after the end lets it
            // read past the end without a test (and without a branch at every text's last word).
            let padded = (start + tokenBytes + normBytes + visitBytes).bindMemory(to: UInt8.self, capacity: textBytes)
            padded.initialize(from: base, count: count)
            (padded + count).initialize(repeating: 0, count: Tokenizer.padding)
            var tokenizer = Tokenizer(lexicon: lexicon, text: padded, count: count, tokens: tokens, norm: norm,
                                      visits: visits)
            let language = tokenizer.run()
            var scorer = Scorer(lexicon: lexicon, text: base, tokens: tokens, count: tokenizer.tokenCount,
                                visits: visits, capitalsMatter: tokenizer.evidence.capitalsMatter)
            if language.isScorable { scorer.run() }
            return Reader.read(scorer, evidence: tokenizer.evidence, language: language)
        }
    }
}
