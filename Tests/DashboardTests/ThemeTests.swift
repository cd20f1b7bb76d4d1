import Foundation
import Testing
import TerminalUI
@testable import Dashboard

@Suite struct ThemeTests {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test(arguments: BuiltinThemes.files.map(\.name))
    func builtinThemeMatchesItsFileAndSetsEveryRole(name: String) throws {
        let file = try String(contentsOf: Self.root.appendingPathComponent("themes/\(name).theme"), encoding: .utf8)
        let builtin = try #require(BuiltinThemes.files.first { $0.name == name })
        #expect(builtin.text == file, "themes/\(name).theme and BuiltinThemes differ: regenerate BuiltinThemes.swift")
        let parsed = ThemeFile.parse(file, source: name)
        #expect(parsed.errors.isEmpty)
        #expect(Set(parsed.styles.keys) == Set(ThemeRole.allCases))
    }

    @Test func everyThemeFileIsBuiltIn() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("themes").path)
        let names = Set(files.filter { $0.hasSuffix(".theme") }.map { String($0.dropLast(6)) })
        #expect(names == Set(BuiltinThemes.files.map(\.name)))
    }

    @Test func parsesColoursAndAttributes() {
        let parsed = ThemeFile.parse("selection black bright-cyan bold reverse\nmuted 245\n", source: "t")
        #expect(parsed.errors.isEmpty)
        #expect(parsed.styles[.selection] == Style(foreground: .palette(0), background: .palette(14), attributes: [.bold, .reverse]))
        #expect(parsed.styles[.muted] == Style(foreground: .palette(245)))
    }

    @Test(arguments: [("nosuchrole red", "unknown role"), ("selection chartreuse", "'chartreuse' is not a colour"), ("muted 256", "'256' is not a colour")])
    func errorsAreLineNumbered(line: String, message: String) throws {
        let parsed = ThemeFile.parse("\n" + line, source: "mine.theme")
        let error = try #require(parsed.errors.first)
        #expect(error.line == 2)
        #expect(error.message.contains(message))
    }

    @Test func userThemeOverridesOnlyTheRolesItNames() {
        let base = Theme.standard
        let custom = base.overridden(by: ThemeFile.parse("selection white red", source: "t").styles)
        #expect(custom[.selection] == Style(foreground: .palette(7), background: .palette(1)))
        #expect(custom[.muted] == base[.muted])
    }

    @Test(arguments: [(UInt8(196), 16, UInt8(9)), (UInt8(196), 8, UInt8(1)), (UInt8(39), 256, UInt8(39)), (UInt8(10), 8, UInt8(2))])
    func coloursDegradeToWhatTheTerminalHas(index: UInt8, colors: Int, expected: UInt8) {
        #expect(Color.palette(index).degraded(toColors: colors) == .palette(expected))
    }
}
