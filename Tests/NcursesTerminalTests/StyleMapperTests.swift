import CNcursesw
import Testing
import TerminalUI
@testable import NcursesTerminal

/// Styles become attributes and colour pairs within what the terminal can show.
struct StyleMapperTests {
    private let alwaysDefine = { (_: Int16, _: Int16, _: Int16) -> Bool in true }

    @Test func attributesMapOneToOne() {
        let all: TextAttributes = [.bold, .dim, .underline, .reverse, .italic]
        let expected = cnc_a_bold() | cnc_a_dim() | cnc_a_underline() | cnc_a_reverse() | cnc_a_italic()
        #expect(StyleMapper.attributes(for: all) == expected)
        #expect(StyleMapper.attributes(for: []) == cnc_a_normal())
    }

    @Test func terminalDefaultIsColourMinusOne() {
        var mapper = StyleMapper(colors: 256, colorPairs: 256, hasDefaultColors: true)
        var defined: [(Int16, Int16)] = []
        let rendition = mapper.rendition(for: Style(foreground: .cyan)) { _, fg, bg in defined.append((fg, bg)); return true }
        #expect(rendition.pair == 1)
        #expect(defined.map(\.0) == [6])
        #expect(defined.map(\.1) == [-1])
    }

    @Test func withoutDefaultColoursWhiteOnBlackStandsIn() {
        var mapper = StyleMapper(colors: 8, colorPairs: 64, hasDefaultColors: false)
        var defined: [(Int16, Int16)] = []
        _ = mapper.rendition(for: Style(foreground: .red)) { _, fg, bg in defined.append((fg, bg)); return true }
        #expect(defined.map(\.0) == [1])
        #expect(defined.map(\.1) == [0])
    }

    @Test func monochromeKeepsAttributesAndShowsBackgroundsAsReverse() {
        var mapper = StyleMapper(colors: 0, colorPairs: 0, hasDefaultColors: true)
        let plainColour = mapper.rendition(for: Style(foreground: .red, attributes: .bold), allocate: alwaysDefine)
        #expect(plainColour == CellRendition(attributes: cnc_a_bold(), pair: 0))
        let selection = mapper.rendition(for: Style(foreground: .black, background: .cyan), allocate: alwaysDefine)
        #expect(selection == CellRendition(attributes: cnc_a_reverse(), pair: 0))
    }

    @Test func paletteColoursDegradeOnSmallerTerminals() {
        var mapper = StyleMapper(colors: 8, colorPairs: 64, hasDefaultColors: true)
        var defined: [(Int16, Int16)] = []
        _ = mapper.rendition(for: Style(foreground: .palette(196), background: .palette(232))) { _, fg, bg in
            defined.append((fg, bg)); return true
        }
        #expect(defined.map(\.0) == [1])
        #expect(defined.map(\.1) == [0])
    }
}
