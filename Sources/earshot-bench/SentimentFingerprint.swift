import Foundation
import Sentiment

/// `earshot-bench sentiment --exact FILE [--texts HEXFILE]`: writes everything the tagger says
/// about each text, doubles as exact bit patterns, so that two builds can be compared byte for
/// byte (a speed change must not move a single score). Texts: the dev sentences, then the lines
/// of HEXFILE, each one text as hexadecimal bytes (so any bytes, line breaks included, fit).
enum SentimentFingerprint {
    static func run(devSentences: [String], textsPath: String?, output: String) throws {
        let tagger = SentimentTagger()
        var lines: [String] = []
        for sentence in devSentences {
            lines.append(describe(tagger.score(sentence)) + "\t" + describe(tagger.analyze(sentence)))
        }
        if let textsPath {
            for (number, bytes) in try readHexLines(textsPath).enumerated() {
                let direct = bytes.withUnsafeBufferPointer { buffer in
                    describe(tagger.score(utf8: buffer)) + "\t" + describe(tagger.analyze(utf8: buffer))
                }
                let text = String(decoding: bytes, as: UTF8.self)
                let viaString = describe(tagger.score(text)) + "\t" + describe(tagger.analyze(text))
                lines.append("\(number)\t" + direct + "\t" + viaString)
            }
        }
        do {
            try (lines.joined(separator: "\n") + "\n").write(toFile: output, atomically: true, encoding: .utf8)
        } catch {
            throw BenchError("cannot write \(output): \(error.localizedDescription)")
        }
    }

    private static func readHexLines(_ path: String) throws -> [[UInt8]] {
        guard let data = FileManager.default.contents(atPath: path) else { throw BenchError("cannot read \(path)") }
        var lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
        if lines.last?.isEmpty ?? false { lines.removeLast() }
        var texts: [[UInt8]] = []
        for (offset, line) in lines.enumerated() {
            guard line.count % 2 == 0 else { throw BenchError("\(path):\(offset + 1): odd number of hex digits") }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(line.count / 2)
            var high: UInt8 = 0
            for (position, digit) in line.enumerated() {
                guard let value = hexValue(digit) else {
                    throw BenchError("\(path):\(offset + 1): '\(UnicodeScalar(digit))' is not a hex digit")
                }
                if position % 2 == 0 { high = value } else { bytes.append(high << 4 | value) }
            }
            texts.append(bytes)
        }
        return texts
    }

    private static func hexValue(_ digit: UInt8) -> UInt8? {
        switch digit {
        case 0x30...0x39: digit - 0x30
        case 0x61...0x66: digit - 0x61 + 10
        case 0x41...0x46: digit - 0x41 + 10
        default: nil
        }
    }

    private static func bits(_ value: Double) -> String { String(value.bitPattern, radix: 16) }

    private static func describe(_ score: SentimentScore) -> String {
        "\(bits(score.score)) \(score.label.rawValue) \(score.scored)"
    }

    private static func describe(_ analysis: SentimentAnalysis) -> String {
        var parts = ["\(bits(analysis.score)) \(analysis.label.rawValue) \(analysis.scored) \(analysis.language)"]
        parts.append("S[" + analysis.sentences.map { "\($0.start)-\($0.end):\(bits($0.score))" }.joined(separator: ",") + "]")
        parts.append("D[" + analysis.drivers.map { "\($0.phrase.debugDescription):\(bits($0.contribution))" }
            .joined(separator: ",") + "]")
        parts.append("A[" + analysis.aspects.map {
            "\($0.aspect.rawValue):\(bits($0.score)):\($0.mentions.map(\.debugDescription).joined(separator: "/"))"
        }.joined(separator: ",") + "]")
        let signals = analysis.signals
        parts.append("G[\(signals.complaint) \(signals.urgency.map(\.rawValue)) \(signals.spam.map(\.rawValue))]")
        return parts.joined(separator: " ")
    }
}
