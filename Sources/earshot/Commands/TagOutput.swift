import Foundation
import Sentiment

/// Formats `earshot tag` results and writes them to standard output in batches.
struct TagOutput {
    let json: Bool
    private var buffer: [UInt8] = []
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    init(json: Bool) {
        self.json = json
        buffer.reserveCapacity(1 << 16)
    }

    /// Tags one text and appends its line.
    mutating func write(_ tagger: SentimentTagger, _ text: String) {
        if json {
            let record = TagRecord(tagger.analyze(text))
            if let data = try? encoder.encode(record) {
                buffer.append(contentsOf: data)
            } else {
                buffer.append(contentsOf: Array("{\"error\":\"could not encode the result\"}".utf8))
            }
        } else {
            let result = tagger.score(text)
            Self.appendScore(result.score, to: &buffer)
            buffer.append(0x09)
            buffer.append(contentsOf: Array(result.label.rawValue.utf8))
        }
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes what is buffered to standard output.
    mutating func flush() {
        var offset = 0
        while offset < buffer.count {
            let written = buffer[offset...].withUnsafeBytes { Foundation.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                break
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Appends a score in -1...1 with four decimals ("0.4404", "-1.0000").
    static func appendScore(_ score: Double, to buffer: inout [UInt8]) {
        let scaled = Int((min(1, max(-1, score)) * 10_000).rounded())
        if scaled < 0 { buffer.append(0x2D) }
        let magnitude = abs(scaled)
        buffer.append(0x30 + UInt8(magnitude / 10_000))
        buffer.append(0x2E)
        var divisor = 1_000
        while divisor > 0 {
            buffer.append(0x30 + UInt8((magnitude / divisor) % 10))
            divisor /= 10
        }
    }
}
