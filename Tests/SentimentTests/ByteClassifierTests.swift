import CSentimentScan
import Testing

/// The tokenizer's sixteen-byte classifier (SSE2 on x86-64) says what the byte-by-byte one says,
/// lane for lane, on every kind of byte a word's edge may meet.
@Suite("byte classifier")
struct ByteClassifierTests {
    /// Letters of both cases, digits, the bytes either side of each ASCII range, spaces,
    /// apostrophes, UTF-8 lead and continuation bytes and zero (the padding).
    static let alphabet: [UInt8] = Array("aAzZoOsSmM09/:@[`{ '.-".utf8) + [0x00, 0x7F, 0x80, 0xC3, 0xA9, 0xE2, 0xFF]

    @Test(arguments: [1, 2, 3, 4])
    func vectorMatchesBytes(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        var bytes = [UInt8](repeating: 0, count: 16)
        for _ in 0..<20_000 {
            for index in 0..<16 { bytes[index] = Self.alphabet.randomElement(using: &generator) ?? 0 }
            let vector = bytes.withUnsafeBufferPointer { csentiment_classify16($0.baseAddress) }
            let scalar = bytes.withUnsafeBufferPointer { csentiment_classify16_scalar($0.baseAddress) }
            #expect(vector == scalar, "\(bytes)")
            if vector != scalar { return }
        }
    }

    @Test func lanesOfAWord() {
        let bytes = Array("Sooo GOOD 4x\u{00E9}...".utf8)
        let lanes = bytes.withUnsafeBufferPointer { csentiment_classify16($0.baseAddress) }
        #expect(lanes & 0xFFFF == 0b0000_1101_1110_1111)  // not the space, the é or the dots
        #expect((lanes >> 16) & 0xFFFF == 0b0000_1001_1110_1111)
        #expect((lanes >> 32) & 0xFFFF == 0b0000_0001_1110_0001)
        #expect((lanes >> 48) & 0xFFFF == 0b0000_0000_0000_0010)  // "ooo"; the last two lanes never
    }
}
