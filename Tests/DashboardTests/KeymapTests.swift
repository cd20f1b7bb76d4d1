import Testing
import TerminalUI
@testable import Dashboard

@Suite struct KeymapTests {
    @Test func defaultKeymapParsesWithoutErrors() {
        let file = ConfigFile.parse(DefaultKeymap.text, source: "default")
        #expect(file.errors.isEmpty)
        var keymap = Keymap()
        #expect(keymap.apply(file.bindings).isEmpty, "no key is bound twice in one scope")
    }

    @Test func everyCommandIsBoundAndDocumented() {
        for command in Command.allCases {
            #expect(!command.info.summary.isEmpty)
            let scopes: [KeyScope] = [.filterBrand, .brandPeriod].contains(command) ? [.brands] : [.reviews]
            #expect(!Keymap.defaults.keys(for: command, in: scopes).isEmpty, "\(command.rawValue) has no key")
        }
    }

    @Test(arguments: [
        (Key.char("j"), [KeyScope.reviews], Command.moveDown),
        (Key.down, [.reviews], .moveDown),
        (Key.char("q"), [.reviews], .quit),
        (Key.char("q"), [.detail, .reviews], .back),
        (Key.char("q"), [.help], .back),
        (Key.char("f"), [.brands], .filterBrand),
        (Key.tab, [.complaints], .nextPane),
        (Key.char("3"), [.reviews], .showComplaints),
        (Key.ctrl("l"), [.followups], .redraw),
    ])
    func lookupGoesFromTheMostSpecificScope(key: Key, scopes: [KeyScope], command: Command) {
        #expect(Keymap.defaults.command(for: key, in: scopes) == command)
    }

    @Test func unboundKeysFindNothing() {
        #expect(Keymap.defaults.command(for: .char("f"), in: [.reviews]) == nil)
        #expect(Keymap.defaults.command(for: .function(12), in: [.reviews]) == nil)
    }

    @Test func userBindingsOverrideDefaultsAndShowInHelp() {
        var keymap = Keymap.defaults
        let file = ConfigFile.parse("bind global x quit\nbind reviews j move-up\n", source: "config")
        #expect(keymap.apply(file.bindings).isEmpty)
        #expect(keymap.command(for: .char("x"), in: [.reviews]) == .quit)
        #expect(keymap.command(for: .char("j"), in: [.reviews]) == .moveUp)
        #expect(keymap.command(for: .char("j"), in: [.complaints]) == .moveDown)
        let help = HelpScreen.lines(for: [.reviews], keymap: keymap).map { $0.map(\.text).joined() }
        #expect(help.contains { $0.contains("q x") && $0.contains("Quit") })
    }
}

@Suite struct ConfigFileTests {
    @Test(arguments: [
        ("bind reviews x nosuch", "unknown command 'nosuch'"),
        ("bind nowhere x quit", "unknown scope 'nowhere'"),
        ("bind reviews <Nope> quit", "unknown key '<Nope>'"),
        ("bind reviews x", "expected: bind SCOPE KEY COMMAND"),
        ("colour red", "unknown directive 'colour'"),
        ("set escape-delay soon", "escape-delay takes milliseconds"),
    ])
    func errorsNameTheLineAndSayWhatIsWrong(line: String, message: String) throws {
        let file = ConfigFile.parse("# my config\n\n" + line + "\n", source: "config")
        let error = try #require(file.errors.first)
        #expect(error.line == 3)
        #expect(error.message.contains(message), "\(error.message)")
        #expect(error.description.hasPrefix("config:3: "))
    }

    @Test func clashingBindingsInOneFileAreReported() throws {
        var keymap = Keymap()
        let file = ConfigFile.parse("bind reviews x quit\nbind reviews x help\n", source: "config")
        let errors = keymap.apply(file.bindings)
        let error = try #require(errors.first)
        #expect(error.line == 2)
        #expect(error.message.contains("already bound"))
    }

    @Test func readsThemeAndEscapeDelay() {
        let file = ConfigFile.parse("theme light  # for daytime\nset escape-delay 50\n", source: "config")
        #expect(file.errors.isEmpty)
        #expect(file.theme == "light")
        #expect(file.escapeDelayMilliseconds == 50)
    }
}
