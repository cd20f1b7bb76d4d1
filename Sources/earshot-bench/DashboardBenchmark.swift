import Foundation
import TerminalTestSupport

/// `earshot-bench dashboard`: the release `earshot` on a store of N items under a pseudo-terminal:
/// time to the first full frame, key-to-frame latency, filtering as you type through `/`,
/// bytes per j/k, peak memory and idle CPU.
enum DashboardBenchmark {
    static let entry = Benchmarks.Entry(
        name: "dashboard",
        summary: "first frame, key-to-frame and filter latency, bytes per j/k, peak RSS, idle CPU (earshot under a pty)",
        usage: "dashboard \(StoreBenchOptions.usage) [--presses P] [--size 80x24] [--idle SECONDS] [--store PATH]",
        run: run)

    static let filterQueries = ["coffee", "rude staff", "status:new brand:beanline", "cold", "is:complaint since:30d"]

    static func run(_ arguments: [String]) -> Int32 {
        StoreBenchOptions.run(arguments, command: "dashboard", defaultRuns: 5,
                              valued: ["--presses", "--size", "--idle", "--store"], measure: measure)
    }

    struct Settings {
        var presses = 40
        var columns = 80
        var rows = 24
        var idleSeconds = 10.0

        init(_ options: BenchOptions) throws {
            if let value = options.value("--presses") {
                guard let presses = Int(value), presses > 0 else { throw BenchError("--presses takes a whole number above 0") }
                self.presses = presses
            }
            if let value = options.value("--size") {
                let parts = value.split(separator: "x").compactMap { Int($0) }
                guard parts.count == 2, parts[0] >= 60, parts[1] >= 16 else {
                    throw BenchError("--size is COLUMNSxROWS, at least 60x16 (e.g. 120x35)")
                }
                (columns, rows) = (parts[0], parts[1])
            }
            if let value = options.value("--idle") {
                guard let seconds = Double(value), seconds > 0 else { throw BenchError("--idle takes seconds above 0") }
                idleSeconds = seconds
            }
        }
    }

    static func measure(_ options: StoreBenchOptions) throws -> [Figure] {
        let settings = try Settings(options.options)
        let store = try options.options.value("--store") ?? StoreBuilder.ensureStore(options)
        let binary = try BenchWorkspace.earshotBinary()
        let size = "\(settings.columns)x\(settings.rows)"
        let setting = "release earshot on \(options.items) items under a \(size) pty (TERM=xterm-256color), store file "
            + "in the page cache (warm: opened just before)"
        var firstFrames: [Double] = [], firstFrameCPU: [Double] = []
        for _ in 1..<options.runs {
            let session = try DashboardSession(binary: binary, store: store, columns: settings.columns, rows: settings.rows)
            firstFrames.append(session.firstFrameSeconds * 1000)
            firstFrameCPU.append(session.firstFrameCPUSeconds * 1000)
            session.close()
        }
        let session = try DashboardSession(binary: binary, store: store, columns: settings.columns, rows: settings.rows)
        defer { session.close() }
        firstFrames.append(session.firstFrameSeconds * 1000)
        firstFrameCPU.append(session.firstFrameCPUSeconds * 1000)
        var figures = [Figure(name: "first full frame", unit: "ms", samples: firstFrames,
                              method: "\(setting); from just before exec to the last byte of the first frame "
                                  + "(earshot then blocked reading the terminal), one start per sample",
                              budget: 150),
                       Figure(name: "first frame CPU", unit: "ms", samples: firstFrameCPU,
                              method: "CPU time earshot used from exec to its first frame (user + system, its "
                                  + "one re-exec included): the part other processes on the machine cannot inflate")]
        figures += keyFigures(session, settings: settings, setting: setting)
        figures += filterFigures(session, setting: setting)
        if let rss = session.peakRSS {
            figures.append(Figure(name: "dashboard peak RSS", unit: "MB", samples: [Double(rss) / 1_048_576],
                                  method: "VmHWM of the earshot process after all the keys above", budget: 150))
        }
        if let cpu = session.idleCPU(seconds: settings.idleSeconds) {
            figures.append(Figure(name: "idle CPU", unit: "%", samples: [cpu * 100],
                                  method: "CPU time of the open dashboard over \(Figure.format(settings.idleSeconds)) s "
                                      + "with no key typed (its 1 s tick and store polling included)", budget: 0.5))
        }
        return figures
    }

    /// Move, page, pane switch, open and close the detail, jump to the end and back.
    static func keyFigures(_ session: DashboardSession, settings: Settings, setting: String) -> [Figure] {
        _ = session.press("2")
        let presses = settings.presses
        var moves: [KeyPress] = []
        for index in 0..<presses { moves.append(session.press(index < presses / 2 ? "j" : "k")) }
        var pages: [KeyPress] = []
        for index in 0..<presses { pages.append(session.press(index < presses / 2 ? KeyPress.pageDown : KeyPress.pageUp)) }
        var switches: [KeyPress] = []
        for _ in 0..<presses { switches.append(session.press(KeyPress.tab)) }
        _ = session.press("2")
        var opens: [KeyPress] = [], backs: [KeyPress] = []
        for _ in 0..<presses {
            opens.append(session.press(KeyPress.enter))
            backs.append(session.press("h"))
            _ = session.press("j")
        }
        var jumps: [KeyPress] = []
        for _ in 0..<max(2, presses / 4) {
            jumps.append(session.press("G"))
            jumps.append(session.press("g"))
        }
        // j from the top and k back: the first few move the selection within the screen; j past
        // the screen's rows scrolls the list (curses scrolls the region, which costs more bytes).
        let half = presses / 2, scrollsAfter = settings.rows
        let inScreen = Array(moves.prefix(min(8, half))) + Array(moves.dropFirst(half).prefix(min(8, half)))
        let scrolling = half > scrollsAfter ? Array(moves[scrollsAfter..<half]) : []
        let how = "\(setting); each key typed once earshot is idle, timed from writing it to the last byte of "
            + "the frame it caused"
        func figure(_ name: String, _ samples: [KeyPress]) -> Figure {
            Figure(name: "key→frame: \(name)", unit: "ms", samples: samples.map { $0.seconds * 1000 },
                   method: how, budget: 16, budgetOn: 0.99)
        }
        return [
            figure("move (j/k)", moves), figure("page (PgDn/PgUp)", pages), figure("pane switch (Tab)", switches),
            figure("open detail (Enter)", opens), figure("back to list (h)", backs), figure("jump (G/g)", jumps),
            Figure(name: "key CPU (all keys above)", unit: "ms", samples: (moves + pages + switches + opens + backs + jumps)
                       .map { $0.cpuSeconds * 1000 },
                   method: "CPU time earshot used per key (user + system), the part of the latency other "
                       + "processes on the machine cannot inflate"),
            Figure(name: "bytes per j/k", unit: "bytes", samples: inScreen.map { Double($0.bytes) },
                   method: "bytes earshot wrote to the terminal for each of the first \(inScreen.count / 2) j and k "
                       + "on the review list, the selection moving within the screen (\(setting))",
                   budget: 200),
        ] + (scrolling.isEmpty ? [] : [
            Figure(name: "bytes per scrolling j", unit: "bytes", samples: scrolling.map { Double($0.bytes) },
                   method: "bytes for each j past the \(scrollsAfter)th, when the list scrolls under the selection"),
        ])
    }

    /// Typing queries after `/` on the review list, one keystroke at a time.
    static func filterFigures(_ session: DashboardSession, setting: String) -> [Figure] {
        _ = session.press("2")
        let mark = session.pty.output.count
        _ = session.press("/")
        guard session.pty.output(since: mark).contains(UInt8(ascii: "/")) else {
            print("  (this earshot has no `/` prompt: filtering as you type is measured in the store only, see 'filter')")
            return []
        }
        _ = session.press(KeyPress.escape)
        var firstFrames: [Double] = [], keystrokes: [KeyPress] = []
        for query in filterQueries {
            _ = session.press("/")
            for character in query {
                let (first, press) = pressTimingFirstFrame(String(character), in: session.pty)
                firstFrames.append(first * 1000)
                keystrokes.append(press)
            }
            _ = session.press(KeyPress.escape)
        }
        let typed = "\(setting); `/` on the review list, then each keystroke of "
            + filterQueries.map { "'\($0)'" }.joined(separator: ", ")
        return [Figure(name: "filter as you type (/)", unit: "ms", samples: firstFrames,
                       method: typed + " timed to the end of the first frame it caused, the list's first rows filtered "
                           + "(the end of the first burst of output followed by \(Int(firstFrameGap * 1000)) ms of silence)",
                       budget: 50, budgetOn: 0.95),
                Figure(name: "filter as you type (/), count shown", unit: "ms", samples: keystrokes.map { $0.seconds * 1000 },
                       method: "the same keystrokes timed to the last byte of the frame with the list's count (earshot idle again)")]
    }

    /// The silence after a burst of output taken as the end of a frame.
    static let firstFrameGap = 0.003

    /// Types `key` like `KeyPress.press`, also timing the end of the first frame it causes (the
    /// filtered rows; the list's count, read after it, comes in a later frame).
    static func pressTimingFirstFrame(_ key: String, in pty: PseudoTerminal) -> (seconds: Double, press: KeyPress) {
        let mark = pty.output.count
        let cpuBefore = pty.cpuMicroseconds ?? 0
        let sent = Date()
        pty.send(key)
        let deadline = sent.addingTimeInterval(30)
        while Date() < deadline {
            pty.pump(milliseconds: 1)
            if pty.output.count > mark, Date().timeIntervalSince(pty.lastOutput) >= firstFrameGap { break }
        }
        let first = pty.output.count > mark ? max(0, pty.lastOutput.timeIntervalSince(sent)) : 0
        pty.waitUntilIdle(seconds: 30)
        let bytes = pty.output.count - mark
        let cpu = Double((pty.cpuMicroseconds ?? cpuBefore) - cpuBefore) / 1e6
        return (first, KeyPress(seconds: bytes > 0 ? max(0, pty.lastOutput.timeIntervalSince(sent)) : 0, bytes: bytes, cpuSeconds: cpu))
    }
}
