/// Everything the tagger found in one text: score, label, why, aspects and signals.
public struct SentimentAnalysis: Sendable, Hashable, Codable {
    /// Compound score in -1...1.
    public var score: Double
    public var label: SentimentLabel
    /// One score per sentence, in order.
    public var sentences: [SentenceSentiment]
    /// The words and phrases that drove the score, strongest first.
    public var drivers: [SentimentDriver]
    /// The aspects talked about, each with its own sentiment.
    public var aspects: [AspectSentiment]
    public var signals: Signals
    /// The detected language (ISO 639-1, "en"), or "und" when unknown.
    public var language: String
    /// False when the text was not scored (another language without a lexicon, or no words).
    public var scored: Bool

    public init(score: Double, label: SentimentLabel, sentences: [SentenceSentiment] = [],
                drivers: [SentimentDriver] = [], aspects: [AspectSentiment] = [],
                signals: Signals = Signals(), language: String = "en", scored: Bool = true) {
        self.score = score
        self.label = label
        self.sentences = sentences
        self.drivers = drivers
        self.aspects = aspects
        self.signals = signals
        self.language = language
        self.scored = scored
    }
}

/// The score of one sentence, located by its UTF-8 byte range in the text.
public struct SentenceSentiment: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    public var score: Double

    public init(start: Int, end: Int, score: Double) {
        self.start = start
        self.end = end
        self.score = score
    }
}

/// A word or phrase and how much it moved the score (positive or negative).
public struct SentimentDriver: Sendable, Hashable, Codable {
    public var phrase: String
    public var contribution: Double

    public init(phrase: String, contribution: Double) {
        self.phrase = phrase
        self.contribution = contribution
    }
}

/// One aspect mentioned in the text and the sentiment around it.
public struct AspectSentiment: Sendable, Hashable, Codable {
    public var aspect: Aspect
    public var score: Double
    /// The words that named the aspect ("queue", "price").
    public var mentions: [String]

    public init(aspect: Aspect, score: Double, mentions: [String]) {
        self.aspect = aspect
        self.score = score
        self.mentions = mentions
    }
}

/// Why a human may need to look now.
public struct Signals: Sendable, Hashable, Codable {
    /// An actionable problem, even inside a positive review.
    public var complaint: Bool
    /// Threats and risks: leaving, refund, chargeback, legal, health or safety, public escalation.
    public var urgency: [UrgencyKind]
    /// Reasons to think it is spam: links, promotion, off-topic, keyword stuffing.
    public var spam: [SpamReason]

    public init(complaint: Bool = false, urgency: [UrgencyKind] = [], spam: [SpamReason] = []) {
        self.complaint = complaint
        self.urgency = urgency
        self.spam = spam
    }

    public var isUrgent: Bool { !urgency.isEmpty }
    public var isSpam: Bool { !spam.isEmpty }
}

public enum UrgencyKind: String, Sendable, Hashable, Codable, CaseIterable {
    case churn, refund, chargeback, legal, healthSafety = "health-safety", publicEscalation = "public-escalation"
}

public enum SpamReason: String, Sendable, Hashable, Codable, CaseIterable {
    case links, promotion, offTopic = "off-topic", keywordStuffing = "keyword-stuffing"
}
