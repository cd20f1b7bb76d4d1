import Sentiment

/// Writes a `SentimentAnalysis` as a compact binary value for the item's `analysis` column.
///
/// Every full scan of the item table (each deferred index an import builds, the commit's
/// checkpoint) reads this value, so it is kept small without losing anything: `decode`, given
/// the item's row, gives back an equal analysis, numbers to the bit. Doubles stay 8 exact bytes
/// because the detail view rounds them to hundredths, and a narrower number (a Float32, a
/// fixed-point Int16) would move a value lying next to a rounding boundary across it. The bytes
/// saved come from what the row already holds or that repeats:
/// - the score and label are the row's `score` and `label` columns, written from the same analysis;
/// - driver phrases are pieces of the item's text, and aspect mentions pieces of it with ASCII
///   letters lowered (the tagger's spelling): each is its place in the text, two bytes or so;
/// - a number equal to one already given (a one-sentence text's sentence score is its score, an
///   aspect's score often its sentence's) is the index of that one;
/// - enums are one-byte codes, and empty signal lists a flag.
/// At 100,000 generated items this took the average value from 140 bytes (version 1) to ~70.
/// Rows written as version 1, or as JSON before that, still read.
///
/// Layout (version 2): the version byte; a flags byte (`Flags`); the language as a string;
/// sentences: a count, then per sentence its start less the previous end and its length (zigzag
/// LEB128) and a number; drivers: a count, then per driver a text piece and a number; aspects: a
/// count, then per aspect its code, a number, and a count of mentions and their text pieces;
/// when flagged, a count and the codes of the urgency kinds, then of the spam reasons.
/// A number is an unsigned LEB128 `n`: 0 then its 8 IEEE bytes little-endian (a new number), else
/// the `n`th number given so far, the row's score being the first. A text piece is an unsigned
/// LEB128 `n`: 0 then a length and the UTF-8 bytes, else the piece of the text at byte
/// `(n - 1) >> 1` of the following length, with ASCII letters lowered when `(n - 1) & 1` is 1.
/// Counts and lengths are unsigned LEB128.
enum AnalysisBlob {
    static let version: UInt8 = 2

    /// The bits of the flags byte.
    enum Flags {
        static let scored: UInt8 = 1
        static let complaint: UInt8 = 2
        static let urgency: UInt8 = 4
        static let spam: UInt8 = 8
    }

    /// The synthesised `Codable` keys this form carries, for a test that fails when the
    /// analysis gains a field.
    static let keyPaths: Set<String> = [
        "score", "label", "language", "scored", "sentences", "sentences[].start", "sentences[].end",
        "sentences[].score", "drivers", "drivers[].phrase", "drivers[].contribution", "aspects",
        "aspects[].aspect", "aspects[].score", "aspects[].mentions", "signals", "signals.complaint",
        "signals.urgency", "signals.spam",
    ]

    /// The bytes of the analysis of `text`; nil when a score is not finite (kept as no analysis,
    /// as before).
    static func encode(_ analysis: SentimentAnalysis, text: String) -> [UInt8]? {
        guard allFinite(analysis) else { return nil }
        var text = text
        return text.withUTF8 { encode(analysis, text: $0) }
    }

    private static func encode(_ analysis: SentimentAnalysis, text: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var writer = Writer(text: text, score: analysis.score)
        writer.out.append(version)
        var flags: UInt8 = analysis.scored ? Flags.scored : 0
        if analysis.signals.complaint { flags |= Flags.complaint }
        if !analysis.signals.urgency.isEmpty { flags |= Flags.urgency }
        if !analysis.signals.spam.isEmpty { flags |= Flags.spam }
        writer.out.append(flags)
        writer.literal(analysis.language)
        writer.unsigned(analysis.sentences.count)
        var previousEnd = 0
        for sentence in analysis.sentences {
            writer.signed(sentence.start &- previousEnd)
            writer.signed(sentence.end &- sentence.start)
            writer.number(sentence.score)
            previousEnd = sentence.end
        }
        writer.unsigned(analysis.drivers.count)
        for driver in analysis.drivers {
            writer.piece(driver.phrase)
            writer.number(driver.contribution)
        }
        writer.unsigned(analysis.aspects.count)
        for aspect in analysis.aspects {
            writer.out.append(code(of: aspect.aspect))
            writer.number(aspect.score)
            writer.unsigned(aspect.mentions.count)
            for mention in aspect.mentions { writer.piece(mention) }
        }
        if !analysis.signals.urgency.isEmpty {
            writer.unsigned(analysis.signals.urgency.count)
            for kind in analysis.signals.urgency { writer.out.append(code(of: kind)) }
        }
        if !analysis.signals.spam.isEmpty {
            writer.unsigned(analysis.signals.spam.count)
            for reason in analysis.signals.spam { writer.out.append(code(of: reason)) }
        }
        return writer.out
    }

    /// A stored analysis never held infinity or NaN (JSON had no way to); such an analysis is
    /// still stored as none.
    private static func allFinite(_ analysis: SentimentAnalysis) -> Bool {
        analysis.score.isFinite
            && analysis.aspects.allSatisfy { $0.score.isFinite }
            && analysis.drivers.allSatisfy { $0.contribution.isFinite }
            && analysis.sentences.allSatisfy { $0.score.isFinite }
    }

    /// The stored codes: fixed for good, since rows keep them (a new case takes a new code).
    static func code(of aspect: Aspect) -> UInt8 {
        switch aspect {
        case .price: 0
        case .service: 1
        case .speed: 2
        case .quality: 3
        case .cleanliness: 4
        case .ambience: 5
        case .delivery: 6
        case .booking: 7
        }
    }

    static func code(of kind: UrgencyKind) -> UInt8 {
        switch kind {
        case .churn: 0
        case .refund: 1
        case .chargeback: 2
        case .legal: 3
        case .healthSafety: 4
        case .publicEscalation: 5
        }
    }

    static func code(of reason: SpamReason) -> UInt8 {
        switch reason {
        case .links: 0
        case .promotion: 1
        case .offTopic: 2
        case .keywordStuffing: 3
        }
    }
}
