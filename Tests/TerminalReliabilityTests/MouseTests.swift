import Foundation
import TerminalTestSupport
import Testing

/// Mouse support: off unless the config says `set mouse on`; then a click selects the row under the
/// pointer, the wheel scrolls, and every way out — q or a signal — switches reporting off again.
///
/// The clicks are written as the terminal would send them (SGR for xterm-256color, X10 for
/// tmux-256color); the selected row is read back from the id in the detail view's title, in the
/// full repaint that Ctrl-L asks for after each (frames otherwise send only the cells that changed).
@Suite("mouse", .serialized)
struct MouseTests {
    static let reportingOn = Array("1000h".utf8)
    static let reportingOff = Array("1000l".utf8)

    @Test("off by default: earshot never asks the terminal for mouse reports")
    func offByDefault() throws {
        let dashboard = try DashboardUnderPTY(columns: 120, rows: 35)
        dashboard.type("q")
        _ = dashboard.pty.waitForExit(seconds: 5)
        print("mouse: default config: \(dashboard.pty.output.contains(subsequence: Self.reportingOn) ? "asked" : "never asked") for mouse reports")
        #expect(!dashboard.pty.output.contains(subsequence: Self.reportingOn))
    }

    @Test("set mouse on: a click selects the row under it, the wheel moves by three, q switches reporting off",
          arguments: ["xterm-256color", "tmux-256color"])
    func clickAndWheel(term: String) throws {
        let (dashboard, scratch) = try Self.start(term: term)
        defer { scratch.remove() }
        let pty = dashboard.pty
        #expect(pty.output.contains(subsequence: Self.reportingOn), "no mouse reporting asked for under \(term)")
        let first = try #require(Self.detailID(in: pty.output), "no review detail on screen")

        // 120x35: the header is row 0, Brands takes rows 1-6, Reviews' border is row 7: its third row is row 10.
        var mark = pty.output.count
        pty.send(Self.press(button: 0, x: 10, y: 10, term: term))
        dashboard.type("\u{0C}")
        let clicked = Self.detailID(in: pty.output(since: mark))
        #expect(clicked != nil && clicked != first, "a click on the third row did not select it")

        mark = pty.output.count
        pty.send(Self.press(button: 65, x: 10, y: 10, term: term))
        dashboard.type("\u{0C}")
        let wheeled = Self.detailID(in: pty.output(since: mark))
        #expect(wheeled != nil && wheeled != clicked, "the wheel did not move the selection")

        mark = pty.output.count
        pty.send(Self.press(button: 64, x: 10, y: 10, term: term))
        dashboard.type("\u{0C}")
        #expect(Self.detailID(in: pty.output(since: mark)) == clicked, "wheel down then up should come back to the clicked row")

        mark = pty.output.count
        pty.send("q")
        let exit = pty.waitForExit(seconds: 5)
        print("mouse: \(term): click selected \(clicked ?? "nothing") (was \(first)), wheel down \(wheeled ?? "nothing") and back; q: \(exit?.description ?? "still running")")
        #expect(exit?.status == .exited(0))
        #expect(pty.output(since: mark).contains(subsequence: Self.reportingOff), "mouse reporting left on after q")
        #expect(pty.modes == pty.modesBeforeLaunch)
    }

    @Test("a terminating signal switches mouse reporting off with the rest of the terminal", arguments: [SIGTERM, SIGHUP])
    func signalSwitchesReportingOff(signal: Int32) throws {
        let (dashboard, scratch) = try Self.start(term: "xterm-256color")
        defer { scratch.remove() }
        let mark = dashboard.pty.output.count
        dashboard.pty.signal(signal)
        let exit = dashboard.pty.waitForExit(seconds: 5)
        let off = dashboard.pty.output(since: mark).contains(subsequence: Self.reportingOff)
        print("mouse: signal \(signal): \(exit?.description ?? "still running"), reporting \(off ? "switched off" : "LEFT ON")")
        #expect(off)
        #expect(dashboard.pty.modes == dashboard.pty.modesBeforeLaunch)
    }

    /// `earshot demo` at 120x35 with `set mouse on` in its config; the caller removes the folder.
    static func start(term: String) throws -> (DashboardUnderPTY, ScratchFolder) {
        let scratch = try ScratchFolder.make("mouse")
        try FileManager.default.createDirectory(atPath: scratch.path("config/earshot"), withIntermediateDirectories: true)
        try "set mouse on\n".write(toFile: scratch.path("config/earshot/config"), atomically: true, encoding: .utf8)
        return (try DashboardUnderPTY(columns: 120, rows: 35, term: term, scratch: scratch), scratch)
    }

    /// A button press at the 0-based cell, in the encoding the terminal type's `kmous` announces.
    static func press(button: Int, x: Int, y: Int, term: String) -> [UInt8] {
        if term.hasPrefix("xterm") { return Array("\u{1B}[<\(button);\(x + 1);\(y + 1)M".utf8) }
        return [0x1B, 0x5B, 0x4D, UInt8(32 + button), UInt8(32 + x + 1), UInt8(32 + y + 1)]
    }

    /// The id in the last "R123 · Reviews detail" title drawn in `output`.
    static func detailID(in output: [UInt8]) -> String? {
        let text = String(decoding: output, as: UTF8.self)
        guard let match = text.matches(of: /(R[0-9]+) · Reviews detail/).last else { return nil }
        return String(match.output.1)
    }
}
