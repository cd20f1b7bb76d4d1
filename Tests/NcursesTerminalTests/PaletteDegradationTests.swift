import Testing
@testable import NcursesTerminal

/// Colours degrade to what the terminal has, to the colour a person would call the same.
struct PaletteDegradationTests {
    @Test(arguments: [(UInt8(0), 256), (15, 16), (7, 8), (196, 256), (255, 256)])
    func coloursTheTerminalHasAreKept(index: UInt8, colors: Int) {
        #expect(PaletteDegradation.colorNumber(for: index, terminalColors: colors) == Int16(index))
    }

    @Test(arguments: [
        (UInt8(196), Int16(9)),   // pure red → bright red
        (46, 10),                 // pure green → bright green
        (21, 4),                  // pure blue → blue
        (244, 8),                 // mid grey → dark grey
        (232, 0),                 // near black → black
        (231, 15),                // cube white → bright white
        (255, 7),                 // light grey (238) → white
        (226, 11),                // yellow → bright yellow
    ])
    func to16Colours(index: UInt8, expected: Int16) {
        #expect(PaletteDegradation.colorNumber(for: index, terminalColors: 16) == expected)
    }

    @Test(arguments: [
        (UInt8(9), Int16(1)),     // bright red → red
        (8, 7),                   // dark grey → white, so muted text stays readable on black
        (196, 1),                 // 256 → 16 → 8
        (244, 7),
        (232, 0),
        (21, 4),
    ])
    func to8Colours(index: UInt8, expected: Int16) {
        #expect(PaletteDegradation.colorNumber(for: index, terminalColors: 8) == expected)
    }

    @Test func everyEntryLandsInRange() {
        for colors in [8, 16, 256] {
            for index in 0...255 {
                let number = PaletteDegradation.colorNumber(for: UInt8(index), terminalColors: colors)
                #expect((0..<Int16(colors)).contains(number), "entry \(index) on \(colors) colours gave \(number)")
            }
        }
    }
}
