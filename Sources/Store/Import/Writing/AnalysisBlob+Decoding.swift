import Foundation
import GRDB
import Sentiment

extension AnalysisBlob {
    /// The analysis in an item's `analysis` column: this compact form (either version), or the
    /// JSON text of rows written before it; nil when there is none or it cannot be read.
    static func decode(_ value: DatabaseValue, item: Item) -> SentimentAnalysis? {
        switch value.storage {
        case .blob(let data): return decode([UInt8](data), item: item)
        case .string(let json): return try? JSONDecoder().decode(SentimentAnalysis.self, from: Data(json.utf8))
        default: return nil
        }
    }

    /// The analysis `encode` (or version 1) wrote into `bytes` for `item`; nil when they are
    /// not such a value.
    static func decode(_ bytes: [UInt8], item: Item) -> SentimentAnalysis? {
        var reader = Reader(bytes: bytes)
        switch reader.byte() {
        case 1: return reader.version1()
        case version: return reader.version2(item)
        default: return nil
        }
    }
}

extension AnalysisBlob.Reader {
    /// A version 2 analysis (after its version byte), as `AnalysisBlob` describes.
    mutating func version2(_ item: AnalysisBlob.Item) -> SentimentAnalysis? {
        var pieces = Pieces(text: Array(item.text.utf8), numbers: [item.score])
        guard let flags = byte(), let language = string(),
              let sentences = list({ $0.sentence2(&pieces) }),
              let drivers = list({ $0.driver2(&pieces) }),
              let aspects = list({ $0.aspect2(&pieces) }),
              let urgency = flags & AnalysisBlob.Flags.urgency == 0
                  ? [] : list({ $0.code(UrgencyKind.self, AnalysisBlob.code) }),
              let spam = flags & AnalysisBlob.Flags.spam == 0
                  ? [] : list({ $0.code(SpamReason.self, AnalysisBlob.code) }),
              isAtEnd else { return nil }
        let signals = Signals(complaint: flags & AnalysisBlob.Flags.complaint != 0, urgency: urgency, spam: spam)
        return SentimentAnalysis(score: item.score, label: item.label, sentences: sentences, drivers: drivers,
                                 aspects: aspects, signals: signals, language: language,
                                 scored: flags & AnalysisBlob.Flags.scored != 0)
    }

    /// The text and numbers a version 2 value's pieces and numbers refer to.
    struct Pieces {
        let text: [UInt8]
        var numbers: [Double]
        var previousEnd = 0
    }

    private mutating func sentence2(_ pieces: inout Pieces) -> SentenceSentiment? {
        guard let gap = integer(), let length = integer(), let score = number(&pieces) else { return nil }
        let start = pieces.previousEnd &+ gap
        pieces.previousEnd = start &+ length
        return SentenceSentiment(start: start, end: pieces.previousEnd, score: score)
    }

    private mutating func driver2(_ pieces: inout Pieces) -> SentimentDriver? {
        guard let phrase = piece(pieces), let contribution = number(&pieces) else { return nil }
        return SentimentDriver(phrase: phrase, contribution: contribution)
    }

    private mutating func aspect2(_ pieces: inout Pieces) -> AspectSentiment? {
        guard let aspect = code(Aspect.self, AnalysisBlob.code), let score = number(&pieces),
              let mentions = list({ $0.piece(pieces) }) else { return nil }
        return AspectSentiment(aspect: aspect, score: score, mentions: mentions)
    }

    private mutating func number(_ pieces: inout Pieces) -> Double? {
        guard let index = unsigned() else { return nil }
        guard index == 0 else { return index <= pieces.numbers.count ? pieces.numbers[index - 1] : nil }
        guard let value = double() else { return nil }
        pieces.numbers.append(value)
        return value
    }

    private mutating func piece(_ pieces: Pieces) -> String? {
        guard let tag = unsigned() else { return nil }
        guard tag > 0 else { return string() }
        let start = (tag - 1) >> 1
        guard let count = unsigned(), start <= pieces.text.count, count <= pieces.text.count - start else { return nil }
        let bytes = pieces.text[start..<start + count]
        if (tag - 1) & 1 == 0 { return String(decoding: bytes, as: UTF8.self) }
        return String(decoding: bytes.map(AnalysisBlob.lowered), as: UTF8.self)
    }

    private mutating func code<Case: CaseIterable>(_: Case.Type, _ code: (Case) -> UInt8) -> Case? {
        guard let byte = byte() else { return nil }
        return Case.allCases.first { code($0) == byte }
    }
}
