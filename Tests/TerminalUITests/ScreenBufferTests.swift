import InMemoryTerminal
import Testing
@testable import TerminalUI

@Suite struct ScreenBufferTests {
    init() { DisplayWidth.prepareLocale() }

    @Test func putClipsAtTheRightEdgeAndNeverWraps() {
        var buffer = ScreenBuffer(size: Size(width: 10, height: 2))
        let written = buffer.put("Hello, wide world", x: 3, y: 0)
        #expect(written == 7)
        #expect(buffer.lines == ["   Hello,", ""])
    }

    @Test func wideCharactersTakeTwoColumnsAndAreNotSplit() {
        var buffer = ScreenBuffer(size: Size(width: 7, height: 1))
        buffer.put("日本語", x: 0, y: 0)
        // Three wide characters need 6 columns; the buffer has 7.
        #expect(buffer.lines == ["日本語"])
        var narrow = ScreenBuffer(size: Size(width: 5, height: 1))
        narrow.put("日本語", x: 0, y: 0)
        // The third would straddle the edge: it becomes a blank, not half a glyph.
        #expect(narrow.lines == ["日本"])
        #expect(narrow[4, 0].scalars == [" "])
    }

    @Test func maxWidthLimitsAColumn() {
        var buffer = ScreenBuffer(size: Size(width: 20, height: 1))
        buffer.put("abcdefgh", x: 0, y: 0, maxWidth: 3)
        buffer.put("XYZ", x: 5, y: 0)
        #expect(buffer.lines == ["abc  XYZ"])
    }

    @Test func combiningMarksJoinThePreviousCell() {
        var buffer = ScreenBuffer(size: Size(width: 6, height: 1))
        let written = buffer.put("cafe\u{301}!", x: 0, y: 0)
        #expect(written == 5)
        #expect(buffer[3, 0].scalars == ["e", "\u{301}"])
        #expect(buffer.lines == ["cafe\u{301}!"])
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(size: Size(width: 6, height: 1))
        buffer.put("日本", x: 0, y: 0)
        buffer.put("x", x: 1, y: 0)
        #expect(buffer.lines == [" x本"])
    }

    @Test func emojiAndJoinersKeepRowsAligned() {
        var buffer = ScreenBuffer(size: Size(width: 12, height: 2))
        buffer.put("🍕|", x: 0, y: 0)
        buffer.put("ab|", x: 0, y: 1)
        #expect(DisplayWidth.of("🍕") == 2)
        #expect(buffer.lines[0].hasSuffix("|"))
        // The zero-width joiner is dropped: the family shows as its members, each counted.
        #expect(ScreenText.sanitized("👨\u{200D}👩") == "👨👩")
        #expect(DisplayWidth.of("👨\u{200D}👩") == 4)
        #expect(DisplayWidth.of("❤\u{FE0F}") == DisplayWidth.of("❤"))
    }

    @Test func blockDrawsBorderAndTitle() {
        var buffer = ScreenBuffer(size: Size(width: 14, height: 4))
        let inner = Block(title: "Brands").render(in: buffer.area, buffer: &buffer)
        #expect(inner == Rect(x: 1, y: 1, width: 12, height: 2))
        let diff = LineDiff.describe(buffer, """
        ┌ Brands ────┐
        │            │
        │            │
        └────────────┘
        """)
        #expect(diff == nil, Comment(rawValue: diff ?? ""))
    }
}
