import Testing
@testable import TerminalUI

@Suite struct TextWrapTests {
    init() { DisplayWidth.prepareLocale() }

    @Test func wrapsAtSpacesByDisplayWidth() {
        #expect(TextWrap.wrap("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
        // Wide characters count two columns each.
        #expect(TextWrap.wrap("日本語 日本語", width: 7) == ["日本語", "日本語"])
    }

    @Test func keepsParagraphsOfAnyLineEnding() {
        #expect(TextWrap.wrap("one\r\ntwo\rthree\n\nfour", width: 20) == ["one", "two", "three", "", "four"])
    }

    @Test func cutsWordsLongerThanTheLine() {
        #expect(TextWrap.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }

    @Test(arguments: [2, 3, 5, 9, 13])
    func noLineIsEverWiderThanAsked(width: Int) {
        let text = "Ça coûte 4,50 € 🥐🥐 日本語テキスト with\ttabs and a verylongwordthatneverends."
        for line in TextWrap.wrap(text, width: width) {
            #expect(DisplayWidth.of(line) <= width, "\(line)")
        }
    }

    @Test func truncateEndsInAnEllipsis() {
        #expect(TextWrap.truncate("Hello world", width: 8) == "Hello w…")
        #expect(TextWrap.truncate("Hi", width: 8) == "Hi")
        #expect(TextWrap.truncate("日本語", width: 4) == "日…")
    }
}
