import Foundation
import Testing
@testable import Store

@Suite struct ImportRobustnessTests {
    /// Pieces that make inputs look almost right, so the generated files reach deep into the parsers.
    static let pieces: [[UInt8]] = [
        "{", "}", "[", "]", "\"", ",", ":", "\n", "\r\n", "\r", ";", "\t", " ", "\\", "\\u", "d83d", "0000",
        "\"text\"", "\"type\"", "\"brand\"", "\"item\"", "\"complaint\"", "\"items\"", "\"R1\"", "\"B1\"", "\"rating\"",
        "text", "rating", "brand", "posted", "2026-03-14T09:12:00Z", "2026-02-30", "1e400", "-0", "5", "null",
        "true", "\"\"", "é", "☕",
    ].map { Array($0.utf8) } + [[0xFF], [0xC0, 0x80], [0xEF, 0xBB, 0xBF], [0xED, 0xA0, 0x80], [0x00]]

    @Test func randomAlmostValidInputsNeverCrashAndNeverHalfImport() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        var random = SplitMix64(seed: 20_261_122)
        for round in 0..<300 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 1...60, using: &random) {
                bytes += Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &random)]
            }
            let name = ["x.jsonl", "x.json", "x.csv", "x"][round % 4]
            let before = try store.reviewCount(ListFilter())
            let report = try store.importFiles([ImportInput(name: name, bytes: bytes)])
            let after = try store.reviewCount(ListFilter())
            #expect(report.committed || after == before)
            #expect(report.errors.allSatisfy { !$0.message.isEmpty && $0.file == name })
        }
    }
}
