import Foundation
import GRDB
import Sentiment

extension AnalysisBlob {
    /// The analysis in an item's `analysis` column: this compact form, or the JSON text of
    /// rows written before it; nil when there is none or it cannot be read.
    static func decode(_ value: DatabaseValue) -> SentimentAnalysis? {
        switch value.storage {
        case .blob(let data): return decode([UInt8](data))
        case .string(let json): return try? JSONDecoder().decode(SentimentAnalysis.self, from: Data(json.utf8))
        default: return nil
        }
    }

    /// The analysis `encode` wrote into `bytes`; nil when they are not such a value.
    static func decode(_ bytes: [UInt8]) -> SentimentAnalysis? {
        var reader = Reader(bytes: bytes)
        guard reader.byte() == version else { return nil }
        return reader.analysis()
    }

    /// Reads the fields back in the order `encode` wrote them; any short or malformed field
    /// makes the whole value nil.
    private struct Reader {
        let bytes: [UInt8]
        var position = 0

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        mutating func analysis() -> SentimentAnalysis? {
            guard let score = double(), let label = string().flatMap(SentimentLabel.init(rawValue:)),
                  let language = string(), let scored = byte(),
                  let sentences = list({ $0.sentence() }), let drivers = list({ $0.driver() }),
                  let aspects = list({ $0.aspect() }), let complaint = byte(),
                  let urgency = list({ $0.string().flatMap(UrgencyKind.init(rawValue:)) }),
                  let spam = list({ $0.string().flatMap(SpamReason.init(rawValue:)) }),
                  position == bytes.count else { return nil }
            return SentimentAnalysis(score: score, label: label, sentences: sentences, drivers: drivers,
                                     aspects: aspects, signals: Signals(complaint: complaint == 1, urgency: urgency, spam: spam),
                                     language: language, scored: scored == 1)
        }

        mutating func sentence() -> SentenceSentiment? {
            guard let start = integer(), let end = integer(), let score = double() else { return nil }
            return SentenceSentiment(start: start, end: end, score: score)
        }

        mutating func driver() -> SentimentDriver? {
            guard let phrase = string(), let contribution = double() else { return nil }
            return SentimentDriver(phrase: phrase, contribution: contribution)
        }

        mutating func aspect() -> AspectSentiment? {
            guard let aspect = string().flatMap(Aspect.init(rawValue:)), let score = double(),
                  let mentions = list({ $0.string() }) else { return nil }
            return AspectSentiment(aspect: aspect, score: score, mentions: mentions)
        }

        mutating func list<Element>(_ element: (inout Reader) -> Element?) -> [Element]? {
            guard let count = integer(), count >= 0, count <= bytes.count - position else { return nil }
            var out: [Element] = []
            out.reserveCapacity(count)
            for _ in 0..<count {
                guard let value = element(&self) else { return nil }
                out.append(value)
            }
            return out
        }

        mutating func byte() -> UInt8? {
            guard position < bytes.count else { return nil }
            defer { position += 1 }
            return bytes[position]
        }

        mutating func integer() -> Int? {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while let next = byte() {
                value |= UInt64(next & 0x7F) << shift
                if next < 0x80 { return Int(truncatingIfNeeded: Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1)) }
                shift += 7
                guard shift < 64 else { return nil }
            }
            return nil
        }

        mutating func double() -> Double? {
            guard bytes.count - position >= 8 else { return nil }
            var bits: UInt64 = 0
            for offset in 0..<8 { bits |= UInt64(bytes[position + offset]) << UInt64(offset * 8) }
            position += 8
            return Double(bitPattern: bits)
        }

        mutating func string() -> String? {
            guard let count = integer(), count >= 0, count <= bytes.count - position else { return nil }
            defer { position += count }
            return String(decoding: bytes[position..<position + count], as: UTF8.self)
        }
    }
}
