import Testing
@testable import Sentiment

/// The shortcut for plain ASCII terms makes the same keys as the general normalisation.
@Suite struct TermKeyTests {
    @Test func plainASCIIKeysMatchTheGeneralPath() {
        let terms = ["good", "Not Bad", "LOL", "top-notch", "x-d", ":-)", "a  b", " lead", "trail ", "\t",
                     "tab\there", "", " ", "don't", "café", "Ä", "can\u{2019}t", "\u{2764}\u{FE0F}", "line\r\nbreak",
                     "a\u{0301}", "ok\u{0B}", "<3", "5/5", "A B C", "@#$%^&*"]
        for term in terms {
            #expect(TermKey.normalize(term) == TermKey.normalizeScalars(term), "\(term.debugDescription)")
        }
        // Random strings over the bytes that matter: spaces, tabs, hyphens, letters, punctuation.
        let alphabet: [Character] = [" ", " ", "\t", "-", "a", "Z", "q", "'", ":", ")", "\r", "\n", "1", "é"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...8, using: &generator)
            let term = String((0..<length).map { _ in alphabet.randomElement(using: &generator) ?? "a" })
            #expect(TermKey.normalize(term) == TermKey.normalizeScalars(term), "\(term.debugDescription)")
        }
    }

    @Test func onlyPlainTermsTakeTheShortcut() {
        #expect(TermKey.plainASCIIKey("Not Bad") == Array("not bad".utf8))
        for term in ["", " ", "a  b", " a", "a ", "a\tb", "top-notch", "café"] {
            #expect(TermKey.plainASCIIKey(term) == nil, "\(term.debugDescription)")
        }
    }
}
