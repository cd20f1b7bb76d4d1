import Testing
import TerminalUI
@testable import Dashboard

/// Key bindings with arguments, saved views and the bulk threshold in the config file.
@Suite struct TriageConfigTests {
    @Test func aBindingMayCarryATriageLineOrACommandsArgument() throws {
        let file = ConfigFile.parse("bind reviews x status spam\nbind global V view urgent\nbind reviews e note\n", source: "config")
        #expect(file.errors.isEmpty, "\(file.errors)")
        #expect(file.bindings.map(\.target) == [.line("status spam"), .line("view urgent"), .line("note")])
        var keymap = Keymap.defaults
        #expect(keymap.apply(file.bindings).isEmpty)
        #expect(keymap.binding(for: .char("x"), in: [.reviews]) == .line("status spam"))
        #expect(keymap.command(for: .char("x"), in: [.reviews]) == nil)
    }

    @Test(arguments: [
        ("bind reviews x frobnicate", "unknown command 'frobnicate'"),
        ("bind reviews x status nonsense", "status nonsense:"),
        ("bind reviews x quit now", "quit takes no arguments"),
        ("view", "expected: view NAME QUERY"),
        ("view broken rating:<=x", "view broken: column 1, 'rating:<=x'"),
        ("set confirm-over lots", "confirm-over takes a number"),
    ])
    func mistakesAreLineNumbered(line: String, message: String) throws {
        let file = ConfigFile.parse("# mine\n" + line + "\n", source: "config")
        let error = try #require(file.errors.first)
        #expect(error.line == 2)
        #expect(error.message.contains(message), "\(error.message)")
    }

    @Test func clashingLineBindingsAreReportedWithBothLines() throws {
        var keymap = Keymap()
        let file = ConfigFile.parse("bind reviews x status spam\nbind reviews x tag later\n", source: "config")
        let error = try #require(keymap.apply(file.bindings).first)
        #expect(error.line == 2 && error.message.contains("line 1"))
    }

    @Test func viewsAndTheThresholdAreRead() {
        let file = ConfigFile.parse("view urgent is:urgent -status:done\nview urgent is:urgent\nset confirm-over 25\n", source: "config")
        #expect(file.errors.isEmpty)
        #expect(file.views.map(\.name) == ["urgent"], "a later line replaces a view of the same name")
        #expect(file.views.first?.query.text == "is:urgent")
        #expect(file.confirmOver == 25)
    }

    @Test func everyDefaultTriageBindingParsesAndIsInTheHelp() {
        let lines = Keymap.defaults.lineBindings(in: [.reviews])
        #expect(lines.contains(.line("status done")))
        #expect(lines.contains(.line("prompt tag")))
        let help = HelpScreen.lines(for: [.reviews], keymap: .defaults).map { $0.map(\.text).joined() }
        for binding in lines { #expect(help.contains { $0.contains(binding.text) }, "\(binding.text) missing from help") }
    }
}

/// The line editing behind the prompts, key by key.
@Suite struct LineEditorTests {
    func edited(_ text: String, _ keys: [Key]) -> LineEditor {
        var editor = LineEditor(text)
        for key in keys { _ = editor.apply(key) }
        return editor
    }

    @Test(arguments: [
        ("tag refund", [Key.ctrl("w")], "tag ", 4),
        ("tag refund", [.ctrl("u")], "", 0),
        ("tag refund", [.ctrl("a"), .char("x")], "xtag refund", 1),
        ("tag refund", [.ctrl("a"), .ctrl("e"), .backspace], "tag refun", 9),
        ("tag refund", [.left, .left, .backspace], "tag refnd", 7),
        ("tag refund", [.home, .delete, .right], "ag refund", 1),
        ("tag refund", [.left, .left, .left, .ctrl("k")], "tag ref", 7),
        ("café", [.backspace], "caf", 3),
        ("🥐 ok", [.home, .delete], " ok", 0),
    ])
    func keysEditTheLine(text: String, keys: [Key], result: String, cursor: Int) {
        let editor = edited(text, keys)
        #expect(editor.text == result)
        #expect(editor.cursor == cursor)
    }

    @Test func controlCharactersNeverEnterTheLine() {
        var editor = LineEditor()
        editor.insert("\u{1B}")
        editor.insert("\u{7}")
        #expect(editor.isEmpty)
    }

    @Test func theTextAreaSplitsAndJoinsLines() {
        var area = TextAreaEditor("hello world")
        for _ in 0..<6 { _ = area.apply(.left) }
        _ = area.apply(.enter)
        #expect(area.text == "hello\n world")
        _ = area.apply(.backspace)
        #expect(area.text == "hello world")
        #expect(TextAreaEditor(" \n ").isBlank)
    }
}
