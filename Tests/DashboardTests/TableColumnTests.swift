import Testing
import TerminalUI
@testable import Dashboard

/// Table columns keep a blank between them whatever they hold: a long clock ("333d 4h over"),
/// a five-digit id or a long owner never runs into the next column.
@Suite struct TableColumnTests {
    @Test(arguments: [("C5098", 6), ("333d 4h over", 13), ("F12345", 6), ("charlie", 8), ("a much longer owner", 8), ("", 4)])
    func aColumnIsItsWidthAndEndsBlank(text: String, width: Int) {
        let cell = Formatters.column(text, width, glyphs: .unicode)
        #expect(DisplayWidth.of(cell) == width)
        #expect(cell.hasSuffix(" "))
        if DisplayWidth.of(text) < width { #expect(cell.hasPrefix(text)) }
    }
}
