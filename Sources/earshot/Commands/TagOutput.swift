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
            appendRecord(tagger.analyze(text))
        } else {
            Self.appendLine(tagger.score(text), to: &buffer)
        }
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Tags one line of input given as bytes and appends its line. ASCII (nearly every line) is
    /// tagged as it is, with no String made; any other line is made a String first (invalid
    /// UTF-8 as U+FFFD), as every line was, so the result is the same either way.
    mutating func write(_ tagger: SentimentTagger, utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard Self.isASCII(bytes) else {
            write(tagger, String(decoding: bytes, as: UTF8.self))
            return
        }
        if json {
            appendRecord(tagger.analyze(utf8: bytes))
        } else {
            Self.appendLine(tagger.score(utf8: bytes), to: &buffer)
        }
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Appends an analysis as one JSON line.
    private mutating func appendRecord(_ analysis: SentimentAnalysis) {
        if let data = try? encoder.encode(TagRecord(analysis)) {
            buffer.append(contentsOf: data)
        } else {
            buffer.append(contentsOf: "{\"error\":\"could not encode the result\"}".utf8)
        }
        buffer.append(0x0A)
    }

    /// True when no byte has its high bit set, eight bytes at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var any: UInt64 = 0
        var index = 0
        while index &+ 8 <= bytes.count {
            any |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            index &+= 8
        }
        while index < bytes.count {
            any |= UInt64(base[index])
            index &+= 1
        }
        return any & 0x8080_8080_8080_8080 == 0
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

    /// Appends a result's line: the score in -1...1 with four decimals ("0.4404", "-1.0000"), a
    /// tab, the label and a LF. Made on the stack and appended at once, not byte by byte.
    static func appendLine(_ result: SentimentScore, to buffer: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { line in
            var count = 0
            let scaled = Int((min(1, max(-1, result.score)) * 10_000).rounded())
            if scaled < 0 {
                line[0] = 0x2D
                count = 1
            }
            let magnitude = abs(scaled)
            line[count] = 0x30 + UInt8(magnitude / 10_000)
            line[count &+ 1] = 0x2E
            count &+= 2
            var divisor = 1_000
            while divisor > 0 {
                line[count] = 0x30 + UInt8((magnitude / divisor) % 10)
                count &+= 1
                divisor /= 10
            }
            line[count] = 0x09
            count &+= 1
            for byte in result.label.rawValue.utf8 {
                line[count] = byte
                count &+= 1
            }
            line[count] = 0x0A
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: line[..<(count &+ 1)]))
        }
    }
}
