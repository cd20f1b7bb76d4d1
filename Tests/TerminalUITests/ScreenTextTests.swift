import Testing
@testable import TerminalUI

@Suite struct ScreenTextTests {
    init() { DisplayWidth.prepareLocale() }

    /// Scalars that must never reach the terminal as they are.
    static let hostile: [UInt32] = Array(0x00...0x08) + Array(0x0A...0x1F) + [0x7F] + Array(0x80...0x9F)
        + [0x061C, 0x200B, 0x200C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
           0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069,
           0x2028, 0x2029, 0xFEFF, 0xFFF9, 0xFFFA, 0xFFFB]

    @Test(arguments: hostile)
    func eachHostileScalarBecomesOneVisiblePlaceholder(value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        let shown = ScreenText.sanitized("a\(Character(scalar))b")
        let scalars = Array(shown.unicodeScalars)
        #expect(scalars.count == 3)
        #expect(scalars[1] != scalar)
        #expect(scalars[1].value >= 0x2400, "placeholder must be a visible symbol")
        #expect(DisplayWidth.of(shown) == 3)
    }

    @Test func escapeSequencesAreDefused() {
        let shown = ScreenText.sanitized("\u{1B}]0;pwned\u{07}title\u{1B}[2J")
        #expect(!shown.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(shown.hasPrefix("␛]0;pwned␇title␛[2J"))
    }

    @Test func tabsExpandToTheNextStop() {
        #expect(ScreenText.sanitized("a\tb") == "a   b")
        #expect(ScreenText.sanitized("abcd\te") == "abcd    e")
    }

    @Test func ordinaryTextIsUntouched() {
        let text = "Crème brûlée, 日本語 and 🍕 — fine."
        #expect(ScreenText.sanitized(text) == text)
    }
}
