import Foundation
import TerminalTestSupport
import Testing

/// earshot on every terminal type it promises, in a non-UTF-8 locale, and without a usable terminal.
///
/// Each `TERM` runs `earshot demo` in bash in a tmux window of 80x24 (tmux draws what the program
/// sends for that type): the dashboard must show a whole frame, quit on q, leave `stty -g` as it
/// was and the shell answering. With `LC_ALL=C` the borders are ASCII, on screen and in every
/// byte sent (checked under a pty). An unknown `TERM`, or no terminal at all, gives one line that
/// points to the commands that need no terminal.
@Suite("terminal types and locales", .serialized)
struct TerminalTypesTests {
    static let types = ["xterm", "xterm-256color", "screen", "screen-256color", "tmux-256color", "linux", "vt100"]

    @Test("the dashboard starts, draws and quits cleanly under each TERM", .enabled(if: TmuxSession.isInstalled, "needs tmux"),
          arguments: types)
    func startsDrawsAndQuits(term: String) throws {
        let (screen, problems) = try runInTmux(environment: "TERM=\(term)")
        print("terminals: TERM=\(term): a whole 80x24 frame with the four panes; "
              + (problems.isEmpty ? "q quit, stty -g unchanged, shell answers" : problems.joined(separator: "; ")))
        #expect(problems.isEmpty, "\(problems)")
        #expect(screen.contains("┌"), "borders should be Unicode in a UTF-8 locale:\n\(screen)")
    }

    @Test("with LC_ALL=C the dashboard draws ASCII borders and sends only ASCII", .enabled(if: TmuxSession.isInstalled, "needs tmux"))
    func asciiInTheCLocale() throws {
        let (screen, problems) = try runInTmux(environment: "LC_ALL=C LANG=C TERM=xterm-256color")
        #expect(problems.isEmpty, "\(problems)")
        #expect(!screen.contains("┌") && !screen.contains("─"), "Unicode borders in the C locale:\n\(screen)")
        #expect(screen.contains("+-"), "no ASCII borders in the C locale:\n\(screen)")

        let dashboard = try DashboardUnderPTY(locale: "C")
        dashboard.type("2", "j", "\r", "?", "q", "q", "q")
        #expect(dashboard.pty.waitForExit(seconds: 5)?.status == .exited(0), "earshot did not quit")
        let nonASCII = dashboard.pty.output.filter { $0 >= 0x80 }.count
        print("terminals: LC_ALL=C: ASCII borders on screen; \(nonASCII) non-ASCII bytes in \(dashboard.pty.output.count) sent (list, detail, help)")
        #expect(nonASCII == 0)
    }

    @Test("an unknown TERM gives one line that names it and points to the commands; the terminal is untouched")
    func unknownTerminalType() throws {
        let scratch = try ScratchFolder.make("unknown-term")
        defer { scratch.remove() }
        let pty = try PseudoTerminal.start(try BuiltProducts.earshot(), ["demo"],
                                           environment: scratch.environment(term: "no-such-terminal-xyz"), columns: 80, rows: 24)
        let exit = pty.waitForExit(seconds: 30)
        let text = String(decoding: pty.output, as: UTF8.self)
        let lines = text.split(whereSeparator: \.isNewline)
        print("terminals: TERM=no-such-terminal-xyz: \(exit?.description ?? "still running"), \(lines.count) line: \(lines.first ?? "")")
        #expect(exit?.status == .exited(1))
        #expect(lines.count == 1 && text.contains("no-such-terminal-xyz") && text.contains("earshot --help"))
        #expect(!pty.output.contains(0x1B), "escape sequences were sent to a terminal of unknown type")
        #expect(pty.modes == pty.modesBeforeLaunch)
    }

    @Test("with no terminal at all, one line points to the commands that need none")
    func noTerminal() throws {
        let scratch = try ScratchFolder.make("no-term")
        defer { scratch.remove() }
        let (status, output) = try Command.result(try BuiltProducts.earshot(), ["demo"])
        let lines = output.split(whereSeparator: \.isNewline)
        print("terminals: no terminal (stdin /dev/null, stdout a file): exit \(status), \(lines.count) line: \(lines.first ?? "")")
        #expect(status == 1)
        #expect(lines.count == 1 && output.contains("earshot import"))
    }

    /// Starts `ENVIRONMENT earshot demo` in bash in tmux at 80x24, checks a whole frame, quits with
    /// q, and checks the shell's terminal modes and the shell; returns the dashboard's screen and
    /// what went wrong after it was drawn.
    private func runInTmux(environment: String) throws -> (screen: String, problems: [String]) {
        let tmux = try TmuxSession.start(width: 80, height: 24, directory: BuiltProducts.packageRoot.path,
                                         environment: ["EARSHOT_SEEDS": BuiltProducts.seeds.path])
        defer { tmux.kill() }
        try #require(try tmux.shellAnswers(), "the shell did not start:\n\(tmux.screen())")
        let before = tmux.scratch.appendingPathComponent("stty-before").path
        let after = tmux.scratch.appendingPathComponent("stty-after").path
        try tmux.type("stty -g > \(before)")
        try #require(Poll.until(seconds: 5) { FileManager.default.fileExists(atPath: before) })

        let binary = try BuiltProducts.earshot()
        try tmux.type("clear; \(environment) \(DashboardUnderPTY.quoted(binary)) demo")
        let shown = tmux.waitForScreen(seconds: DashboardUnderPTY.startupSeconds) {
            DashboardScreen.isComplete($0, width: 80, height: 24)
        }
        try #require(shown.matched, "\(environment): no whole dashboard frame:\n\(shown.screen)")
        let shell = try #require(tmux.shellPID)
        let name = URL(fileURLWithPath: binary).lastPathComponent
        let dashboard = try #require(ProcessTable.children(of: shell, named: name).first)

        var problems: [String] = []
        try tmux.press("q")
        if !ProcessTable.waitUntilGone(dashboard, seconds: 5) { problems.append("earshot did not quit on q") }
        try tmux.type("stty -g > \(after)")
        _ = Poll.until(seconds: 5) { ((try? String(contentsOfFile: after, encoding: .utf8)) ?? "").hasSuffix("\n") }
        let modesBefore = try String(contentsOfFile: before, encoding: .utf8)
        let modesAfter = (try? String(contentsOfFile: after, encoding: .utf8)) ?? ""
        if modesBefore != modesAfter { problems.append("stty -g was \(modesBefore), is \(modesAfter)") }
        if try !tmux.shellAnswers() { problems.append("the shell does not answer after q:\n\(tmux.screen())") }
        return (shown.screen, problems)
    }
}
