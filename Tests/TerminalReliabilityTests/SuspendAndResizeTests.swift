import Foundation
import TerminalTestSupport
import Testing

/// T3 (research/reliability.md §2): ctrl-Z / fg and resizes, again and again.
///
/// In tmux, where what is checked is the screen a person sees: `earshot demo` runs in bash (job
/// control on) in a tmux window of its own server. After every fg and every resize (tmux sets the
/// pty's size, TIOCSWINSZ, and the program gets SIGWINCH) the test waits for a whole frame for
/// that size: the header on the first row, a border reaching exactly the last column, the status
/// line on the last row and, in the list, the four pane titles; or, below 60x16, the message
/// naming the new size. tmux takes a while to capture a big screen, so the storm of 200 resizes
/// at full speed runs under a bare pseudo-terminal, where the test checks the bytes of each
/// frame instead. The process must be the same one at the end (0 crashes) and quit cleanly on q.
@Suite(
    "T3: ctrl-Z/fg and resize storms in tmux",
    .serialized,
    .enabled(if: TmuxSession.isInstalled, "tmux is not installed; install it (apt-get install tmux) to run T3")
)
struct SuspendAndResizeTests {
    static let fullCycles = 100
    static let cycles = Trials.count(ci: 20, full: fullCycles)
    static let resizes = 200
    /// How long one frame may take to appear (debug build, busy machine).
    static let frameSeconds = 5.0

    @Test("T3: ctrl-Z then fg, repeatedly (also resized while stopped): the screen comes back whole each time")
    func suspendAndResume() throws {
        let (tmux, dashboard) = try startDemo(width: 120, height: 35)
        defer { tmux.kill() }
        var size = (width: 120, height: 35)
        var sane = 0
        var slowest = 0.0
        for cycle in 0..<Self.cycles {
            try tmux.press("C-z")
            let stopped = Poll.until(seconds: Self.frameSeconds, every: 0.01) {
                ProcessTable.state(of: dashboard) == "T" && tmux.format("#{alternate_on}") == "0"
            }
            try #require(stopped, "cycle \(cycle): ctrl-Z did not stop earshot and give the shell back:\n\(tmux.screen())")
            if cycle % 5 == 4 {
                // A resize while stopped reaches the shell, not earshot: fg must still draw the new size.
                size = cycle % 10 == 4 ? (90, 28) : (120, 35)
                try tmux.resize(width: size.width, height: size.height)
            }
            let start = Date()
            try tmux.type("fg")
            let back = tmux.waitForScreen(seconds: Self.frameSeconds, every: 0.01) {
                DashboardScreen.isComplete($0, width: size.width, height: size.height)
            }
            slowest = max(slowest, Date().timeIntervalSince(start))
            if back.matched && ProcessTable.isAlive(dashboard) && ProcessTable.state(of: dashboard) != "T" {
                sane += 1
            } else {
                Issue.record("cycle \(cycle): after fg the screen is not a whole \(size.width)x\(size.height) frame:\n\(back.screen)")
            }
        }
        try quit(tmux, dashboard)
        print("T3: \(sane)/\(Trials.label(Self.cycles, full: Self.fullCycles)) ctrl-Z/fg cycles came back as a whole frame "
              + "(every 5th resized while stopped), slowest \(String(format: "%.2f", slowest)) s; 0 crashes: same pid to the end")
    }

    static let fullTmuxResizes = 200
    static let tmuxResizes = Trials.count(ci: 40, full: fullTmuxResizes)

    @Test("T3: 200 resizes between 20x10 and 300x100 within 10 s under a pty: each answered by a whole frame")
    func resizeStorm() throws {
        let dashboard = try DashboardUnderPTY(columns: 120, rows: 35)
        let pty = dashboard.pty
        var random = SeededRandom(state: 0x7E57_0003)
        var sane = 0
        var tooSmall = 0
        let start = Date()
        for index in 0..<Self.resizes {
            let setting = Self.setting(at: index, of: Self.resizes)
            if let key = setting.key { pty.send(key); pty.waitUntilIdle() }
            let width = random.next(in: 20...300), height = random.next(in: 10...100)
            let small = width < DashboardScreen.minimumWidth || height < DashboardScreen.minimumHeight
            if small { tooSmall += 1 }
            let mark = pty.output.count
            pty.resize(columns: width, rows: height)
            // Idle is judged from outside (earshot in poll, nothing written for 5 ms), so on a
            // loaded machine it can be judged between the new scroll region and the frame: a
            // frame still counts if it comes within the frame time.
            let deadline = Date().addingTimeInterval(Self.frameSeconds)
            var idle = false
            var frame = ""
            var whole = false
            repeat {
                idle = pty.waitUntilIdle(seconds: max(0.05, deadline.timeIntervalSinceNow))
                frame = String(decoding: pty.output(since: mark), as: UTF8.self)
                whole = small ? frame.contains("\(width)x\(height)")
                    : frame.contains(" earshot · demo") && (!setting.titles || DashboardScreen.paneTitles.allSatisfy(frame.contains))
            } while idle && !whole && Date() < deadline
            if idle && whole {
                sane += 1
            } else {
                Issue.record("resize \(index) to \(width)x\(height) (\(setting.name)): \(idle ? "no whole frame" : "not idle again") in \(Printable.text(Array(frame.utf8), limit: 600))")
            }
        }
        let seconds = Date().timeIntervalSince(start)
        #expect(pty.reap() == nil, "earshot ended during the resizes: \(String(describing: pty.exit))")
        #expect(seconds <= 10, "200 resizes took \(seconds) s")
        // q closes the help, then the detail, then quits.
        for _ in 0..<4 where pty.exit == nil {
            pty.send("q")
            pty.waitForExit(seconds: 2)
        }
        #expect(pty.exit?.status == .exited(0), "earshot did not quit cleanly: \(String(describing: pty.exit))")
        #expect(pty.modes == pty.modesBeforeLaunch, "the terminal's modes were not restored")
        print("T3: \(sane)/\(Self.resizes) resizes between 20x10 and 300x100 (\(tooSmall) below 60x16; list, detail, help) each answered "
              + "by a whole frame under a pty, all in \(String(format: "%.1f", seconds)) s (limit 10 s); 0 crashes")
    }

    @Test("T3: resizes in tmux between 20x10 and 300x100: the screen shows a whole frame for each size")
    func resizesInTmux() throws {
        let (tmux, dashboard) = try startDemo(width: 120, height: 35)
        defer { tmux.kill() }
        var random = SeededRandom(state: 0x7E57_0004)
        var sane = 0
        for index in 0..<Self.tmuxResizes {
            let setting = Self.setting(at: index, of: Self.tmuxResizes)
            if let key = setting.key { try tmux.press(key == "\r" ? "Enter" : key) }
            let width = random.next(in: 20...300), height = random.next(in: 10...100)
            try tmux.resize(width: width, height: height)
            let shown = tmux.waitForScreen(seconds: Self.frameSeconds, every: 0.01) {
                DashboardScreen.isComplete($0, width: width, height: height, titles: setting.titles)
            }
            if shown.matched {
                sane += 1
            } else {
                Issue.record("resize \(index) to \(width)x\(height) (\(setting.name)): no whole frame for that size:\n\(shown.screen)")
            }
        }
        #expect(ProcessTable.isAlive(dashboard), "earshot is gone after the resizes")
        try quit(tmux, dashboard)
        print("T3: \(sane)/\(Trials.label(Self.tmuxResizes, full: Self.fullTmuxResizes)) resizes in tmux (list, detail, help) "
              + "left a whole frame for the new size on screen; 0 crashes")
    }

    @Test("T3: after a resize, leaving (q or SIGTERM) gives the terminal back a scroll region of its new height",
          arguments: ["q", "SIGTERM"])
    func scrollRegionFollowsTheSize(ending: String) throws {
        // A region of the old height survives the alternate screen in xterm and tmux: the shell's
        // output would stop scrolling (each new line overwriting the last one).
        let term = "xterm-256color"
        let region = try #require(Terminfo.capability("csr", term: term, parameters: [0, 29]))
        let rmcup = try #require(Terminfo.capability("rmcup", term: term))
        let dashboard = try DashboardUnderPTY(columns: 80, rows: 24)
        let pty = dashboard.pty
        pty.resize(columns: 100, rows: 30)
        pty.waitUntilIdle()
        let mark = pty.output.count
        if ending == "q" { pty.send("q") } else { pty.signal(SIGTERM) }
        #expect(pty.waitForExit(seconds: 5) != nil, "earshot did not end")
        let after = pty.output(since: mark)
        let reset = after.indexRange(of: region)
        let left = after.lastIndexRange(of: rmcup)
        let resetFirst = reset.flatMap { reset in left.map { reset.lowerBound < $0.lowerBound } } ?? false
        #expect(resetFirst, "no scroll region of 30 rows before leaving the screen: \(Printable.text(after))")
        print("T3: leaving by \(ending) after a resize to 100x30 sets the scroll region to all 30 rows first: \(resetFirst)")
    }

    /// The first half of the resizes in the review list, a quarter in a review's detail, the last
    /// quarter with the help open; `key` is what to type when a part begins.
    static func setting(at index: Int, of count: Int) -> (name: String, key: String?, titles: Bool) {
        switch index {
        case 0: return ("list", "2", true)
        case 1..<(count / 2): return ("list", nil, true)
        case count / 2: return ("detail", "\r", false)
        case (count / 2 + 1)..<(count * 3 / 4): return ("detail", nil, false)
        case count * 3 / 4: return ("help", "?", false)
        default: return ("help", nil, false)
        }
    }

    // MARK: - Steps

    /// A tmux window running bash, with `earshot demo` started in it and drawn; returns earshot's pid.
    private func startDemo(width: Int, height: Int) throws -> (TmuxSession, Int32) {
        let tmux = try TmuxSession.start(width: width, height: height, directory: BuiltProducts.packageRoot.path,
                                         environment: ["EARSHOT_SEEDS": BuiltProducts.seeds.path])
        try #require(try tmux.shellAnswers(), "the shell did not start:\n\(tmux.screen())")
        let binary = try BuiltProducts.earshot()
        try tmux.type(DashboardUnderPTY.quoted(binary) + " demo")
        let shown = tmux.waitForScreen(seconds: DashboardUnderPTY.startupSeconds) {
            DashboardScreen.isComplete($0, width: width, height: height)
        }
        try #require(shown.matched, "earshot demo did not draw its dashboard:\n\(shown.screen)")
        let shell = try #require(tmux.shellPID)
        let name = URL(fileURLWithPath: binary).lastPathComponent
        let pid = try #require(ProcessTable.children(of: shell, named: name).first, "no \(name) process under the shell")
        return (tmux, pid)
    }

    /// Presses q until earshot is gone (the first may only close the help or the detail).
    private func quit(_ tmux: TmuxSession, _ dashboard: Int32) throws {
        var gone = false
        for _ in 0..<3 where !gone {
            try tmux.press("q")
            gone = ProcessTable.waitUntilGone(dashboard, seconds: 2)
        }
        #expect(gone, "earshot did not quit:\n\(tmux.screen())")
        #expect(try tmux.shellAnswers(), "the shell does not answer after q:\n\(tmux.screen())")
    }
}

/// SplitMix64: small, fast and reproducible, so a failing sequence of sizes can be replayed.
struct SeededRandom {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }
}
