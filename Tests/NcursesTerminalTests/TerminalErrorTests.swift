import Testing
@testable import NcursesTerminal

/// Starting without a usable terminal says what is wrong in one line and where to go instead.
struct TerminalErrorTests {
    @Test(arguments: [
        NcursesTerminalError.notATerminal, .terminalTypeNotSet, .unknownTerminalType("xterm-foo"), .alreadyStarted,
    ])
    func descriptionsAreOneLine(error: NcursesTerminalError) {
        #expect(!error.description.contains("\n"))
        #expect(error.description.hasPrefix("earshot: "))
    }

    @Test func unknownTypeNamesItAndPointsToTheCommands() {
        let text = NcursesTerminalError.unknownTerminalType("xterm-foo").description
        #expect(text.contains("'xterm-foo'"))
        #expect(text.contains("TERM=xterm-256color"))
        #expect(text.contains("earshot --help"))
    }

    @Test func noTerminalPointsToTheCommands() {
        let text = NcursesTerminalError.notATerminal.description
        #expect(text.contains("earshot import"))
        #expect(text.contains("earshot tag"))
    }

    @Test func aHostileTermValueCannotDriveTheTerminal() {
        let text = NcursesTerminalError.unknownTerminalType("x\u{1B}]0;PWNED\u{07}y").description
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
    }

    @Test func coloursAreOffWithNoColorOrWithoutColourSupport() {
        #expect(ColorLevel.colors(hasColors: true, terminalColors: 256, noColor: false) == 256)
        #expect(ColorLevel.colors(hasColors: true, terminalColors: 88, noColor: false) == 16)
        #expect(ColorLevel.colors(hasColors: true, terminalColors: 8, noColor: false) == 8)
        #expect(ColorLevel.colors(hasColors: true, terminalColors: 256, noColor: true) == 0)
        #expect(ColorLevel.colors(hasColors: false, terminalColors: 0, noColor: false) == 0)
    }
}
