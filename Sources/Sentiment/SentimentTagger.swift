/// Tags texts with sentiment. Pure, deterministic and safe to share across threads.
///
/// A VADER-style rule-based tagger: VADER 3.3.2's human-rated lexicon plus the project's own
/// customer-service entries, with negation scopes, boosters, capitals, punctuation, emoticons
/// and emoji, multi-word expressions and contrastive conjunctions. Text in another language is
/// returned unscored. See `Lexicon/Data/README.md` for the data and its licence.
public struct SentimentTagger: Sendable {
    private let lexicon: Lexicon

    /// Scores at or beyond plus or minus this are labelled positive or negative, the rest neutral.
    public static let labelThreshold = ScoringConstants.labelThreshold

    /// A tagger with the built-in lexicon.
    public init() {
        lexicon = Lexicon.shared
    }

    /// A tagger whose lexicon is the built-in one with the user's entries laid over it.
    public init(overrides: LexiconOverrides) {
        if overrides.entries.isEmpty {
            lexicon = Lexicon.shared
        } else {
            var builder = LexiconBuilder.standard()
            builder.addOverrides(overrides)
            lexicon = builder.build()
        }
    }

    /// Analyses one text.
    public func analyze(_ text: String) -> SentimentAnalysis {
        if let result = text.utf8.withContiguousStorageIfAvailable({ Analyzer.analyze($0, lexicon: lexicon) }) {
            return result
        }
        var copy = text
        return copy.withUTF8 { Analyzer.analyze($0, lexicon: lexicon) }
    }

    /// The score and label of one text, without drivers, aspects or signals: the fast path for
    /// bulk tagging and `earshot tag`.
    public func score(_ text: String) -> SentimentScore {
        if let result = text.utf8.withContiguousStorageIfAvailable({ Analyzer.score($0, lexicon: lexicon) }) {
            return result
        }
        var copy = text
        return copy.withUTF8 { score(utf8: $0) }
    }

    /// The score and label of UTF-8 bytes; invalid sequences are skipped like U+FFFD.
    /// Out of line: `score` falls back on it, and the analyser is inlined into both.
    @inline(never)
    public func score(utf8 bytes: UnsafeBufferPointer<UInt8>) -> SentimentScore {
        Analyzer.score(bytes, lexicon: lexicon)
    }

    /// Analyses UTF-8 bytes; invalid sequences are skipped like U+FFFD.
    public func analyze(utf8 bytes: UnsafeBufferPointer<UInt8>) -> SentimentAnalysis {
        Analyzer.analyze(bytes, lexicon: lexicon)
    }
}
