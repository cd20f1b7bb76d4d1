import Foundation
import Testing
@testable import Store

/// Invalid UTF-8 found a slice at a time as reading asks about it: the same offsets as one pass
/// over the whole input, whatever ranges are asked about and in whatever order.
@Suite struct UTF8ScanTests {
    /// ~3 MiB of lines (more than two slices) with bad bytes sprinkled in, some next to line feeds.
    static func input(seed: UInt64, badBytes: Int) -> [UInt8] {
        var random = SplitMix64(seed: seed)
        var bytes: [UInt8] = []
        let pieces: [[UInt8]] = [Array("plain text ".utf8), Array("café ".utf8), Array("😀 ".utf8), [0x0A], Array("ok\n".utf8)]
        while bytes.count < 3 << 20 {
            bytes += pieces[Int(random.next() % UInt64(pieces.count))]
        }
        let bad: [[UInt8]] = [[0xFF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xC0, 0xAF]]
        for _ in 0..<badBytes {
            let at = Int(random.next() % UInt64(bytes.count))
            bytes.insert(contentsOf: bad[Int(random.next() % UInt64(bad.count))], at: at)
        }
        return bytes
    }

    @Test(arguments: [(1, 0), (2, 5), (3, 300), (4, 2000)])
    func findsWhatOnePassFinds(seed: UInt64, badBytes: Int) {
        let bytes = Self.input(seed: seed, badBytes: badBytes)
        bytes.withUnsafeBufferPointer { buffer in
            let whole = UTF8Check.invalidOffsets(in: buffer)
            let expected = { (range: Range<Int>) in whole.first { range.contains($0) } }
            var random = SplitMix64(seed: seed &* 31)
            // As a reader asks: ranges one after another, then some anywhere.
            let scan = UTF8Scan(buffer)
            var start = 0
            while start < buffer.count {
                let end = min(buffer.count, start + 1 + Int(random.next() % 40_000))
                #expect(scan.firstInvalidOffset(in: start..<end) == expected(start..<end))
                start = end
            }
            let other = UTF8Scan(buffer)
            for _ in 0..<50 {
                let lower = Int(random.next() % UInt64(buffer.count))
                let upper = min(buffer.count, lower + Int(random.next() % 2_000_000))
                #expect(other.firstInvalidOffset(in: lower..<upper) == expected(lower..<upper))
            }
        }
    }
}
