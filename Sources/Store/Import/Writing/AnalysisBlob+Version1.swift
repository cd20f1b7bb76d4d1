import Sentiment

extension AnalysisBlob.Reader {
    /// A version 1 analysis (after its version byte): every field in declaration order, integers
    /// zigzag LEB128, doubles their 8 bytes, strings a length and UTF-8, lists a count and their
    /// elements, enums their raw string. Written until the smaller version 2.
    mutating func version1() -> SentimentAnalysis? {
        guard let score = double(), let label = string1().flatMap(SentimentLabel.init(rawValue:)),
              let language = string1(), let scored = byte(),
              let sentences = list1({ $0.sentence1() }), let drivers = list1({ $0.driver1() }),
              let aspects = list1({ $0.aspect1() }), let complaint = byte(),
              let urgency = list1({ $0.string1().flatMap(UrgencyKind.init(rawValue:)) }),
              let spam = list1({ $0.string1().flatMap(SpamReason.init(rawValue:)) }),
              isAtEnd else { return nil }
        return SentimentAnalysis(score: score, label: label, sentences: sentences, drivers: drivers,
                                 aspects: aspects, signals: Signals(complaint: complaint == 1, urgency: urgency, spam: spam),
                                 language: language, scored: scored == 1)
    }

    private mutating func sentence1() -> SentenceSentiment? {
        guard let start = integer(), let end = integer(), let score = double() else { return nil }
        return SentenceSentiment(start: start, end: end, score: score)
    }

    private mutating func driver1() -> SentimentDriver? {
        guard let phrase = string1(), let contribution = double() else { return nil }
        return SentimentDriver(phrase: phrase, contribution: contribution)
    }

    private mutating func aspect1() -> AspectSentiment? {
        guard let aspect = string1().flatMap(Aspect.init(rawValue:)), let score = double(),
              let mentions = list1({ $0.string1() }) else { return nil }
        return AspectSentiment(aspect: aspect, score: score, mentions: mentions)
    }

    /// Version 1 wrote lengths, like every integer, zigzag.
    private mutating func string1() -> String? {
        guard let count = integer(), count >= 0, count <= bytes.count - position else { return nil }
        defer { position += count }
        return String(decoding: bytes[position..<position + count], as: UTF8.self)
    }

    /// Version 1 wrote counts, like every integer, zigzag.
    private mutating func list1<Element>(_ element: (inout Self) -> Element?) -> [Element]? {
        elements(count: integer(), element)
    }
}
