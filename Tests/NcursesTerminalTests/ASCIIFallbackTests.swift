import Testing
@testable import NcursesTerminal

/// Without a UTF-8 locale every character still becomes one printable ASCII character.
struct ASCIIFallbackTests {
    @Test(arguments: [
        (Unicode.Scalar("─"), Unicode.Scalar("-")), ("│", "|"), ("┌", "+"), ("┘", "+"), ("═", "-"),
        ("·", "."), ("…", "."), ("—", "-"), ("’", "'"), ("“", "\""), ("↓", "v"), ("●", "*"),
        ("a", "a"), ("~", "~"), ("日", "?"), ("🍕", "?"), ("\u{FFFD}", "?"),
    ])
    func standIns(scalar: Unicode.Scalar, expected: Unicode.Scalar) {
        #expect(ASCIIFallback.scalar(for: scalar) == expected)
    }

    @Test func everyStandInIsPrintableASCII() {
        for value in 0x80...0x2FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let standIn = ASCIIFallback.scalar(for: scalar)
            #expect(standIn.isASCII && standIn.value >= 0x20 && standIn.value < 0x7F, "U+\(String(value, radix: 16))")
        }
    }
}
