import Foundation
import TerminalTestSupport
import Testing

/// T1 (research/reliability.md §2): every way the dashboard can be killed or crash leaves the
/// terminal as it was found.
///
/// The real `earshot demo` runs on a pseudo-terminal (xterm-256color, 80x24), in the review list
/// or in a review's detail, and is ended by SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGABRT or SIGSEGV
/// (sent with kill), by a real Swift runtime trap (an index out of range) or a real bad-pointer
/// store; the last two are fired by Ctrl-\ with `EARSHOT_TEST_CRASH` set, the test hook in
/// NcursesTerminal's `CrashProbe`. After each: the terminal's modes equal those before launch (as
/// `stty -g` prints them), `rmcup` and `cnorm` were sent, the process was gone within 2 s (so no
/// 30 s backtracer prompt waited), and a crash report came after the restored screen, not on it.
///
/// The third column of the checklist, "mid-import", does not apply: `earshot import` never takes
/// over the screen (it prints one progress line to stderr), so there is no terminal state to restore.
@Suite("T1: signals and crashes restore the terminal", .serialized)
struct SignalRestoreTests {
    enum Ending: String, CaseIterable {
        case sigint = "SIGINT", sigterm = "SIGTERM", sighup = "SIGHUP", sigquit = "SIGQUIT"
        case sigabrt = "SIGABRT", sigsegv = "SIGSEGV"
        case swiftTrap = "a Swift trap"
        case badPointer = "a real SIGSEGV (bad pointer)"

        var signal: Int32? {
            switch self {
            case .sigint: return SIGINT
            case .sigterm: return SIGTERM
            case .sighup: return SIGHUP
            case .sigquit: return SIGQUIT
            case .sigabrt: return SIGABRT
            case .sigsegv: return SIGSEGV
            case .swiftTrap, .badPointer: return nil
            }
        }

        /// The `EARSHOT_TEST_CRASH` value that arms the crash probe.
        var probe: String? {
            switch self {
            case .swiftTrap: return "trap"
            case .badPointer: return "segv"
            default: return nil
            }
        }

        var isCrash: Bool { ![.sigint, .sigterm, .sighup, .sigquit].contains(self) }

        /// The ways the process may end: 128+n for a terminating signal, killed by the signal for a crash.
        var expectedExits: [ProcessExit.Status] {
            switch self {
            case .swiftTrap: return [.signaled(SIGILL), .signaled(SIGTRAP)]
            case .badPointer: return [.signaled(SIGSEGV)]
            default:
                let number = signal ?? 0
                return isCrash ? [.signaled(number)] : [.exited(128 + number)]
            }
        }
    }

    enum View: String, CaseIterable {
        case list = "list view", detail = "detail view"
    }

    static let deadlineSeconds = 2.0

    @Test("T1: SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGABRT, SIGSEGV and crashes, in list and detail view")
    func everyEndingRestoresTheTerminal() throws {
        let term = "xterm-256color"
        let rmcup = try #require(Terminfo.capability("rmcup", term: term), "tput cannot read terminfo for \(term)")
        let cnorm = try #require(Terminfo.capability("cnorm", term: term))
        let smcup = try #require(Terminfo.capability("smcup", term: term))
        var passed = 0
        var total = 0
        var slowest = 0.0
        var prompts = 0
        for ending in Ending.allCases {
            for view in View.allCases {
                total += 1
                let result = try end(view: view, by: ending, rmcup: rmcup, cnorm: cnorm, smcup: smcup)
                slowest = max(slowest, result.seconds)
                if result.backtracerPrompted { prompts += 1 }
                print("T1: \(ending.rawValue) in \(view.rawValue): \(result.problems.isEmpty ? "restored" : "NOT restored"), "
                      + "\(result.exit), gone after \(String(format: "%.2f", result.seconds)) s")
                for problem in result.problems {
                    Issue.record("\(ending.rawValue) in \(view.rawValue): \(problem)")
                }
                if result.problems.isEmpty { passed += 1 }
            }
        }
        print("T1: \(passed)/\(total) endings left the terminal as found (stty -g equal, rmcup and cnorm sent, "
              + "crash reports after the restore), slowest exit \(String(format: "%.2f", slowest)) s (limit 2 s); "
              + "the Swift backtracer's prompt was printed \(prompts) times and answered at once (no 30 s wait); "
              + "mid-import: not applicable, import never takes over the screen")
    }

    struct Result {
        var problems: [String] = []
        var exit = "still running"
        var seconds = 0.0
        /// The backtracer decided at start (stdin and stdout were terminals) to be interactive;
        /// the crash handler answers its prompt at once, but the line is still printed.
        var backtracerPrompted = false
    }

    private func end(view: View, by ending: Ending, rmcup: [UInt8], cnorm: [UInt8], smcup: [UInt8]) throws -> Result {
        let environment = ending.probe.map { ["EARSHOT_TEST_CRASH": $0] } ?? [:]
        let dashboard = try DashboardUnderPTY(environment: environment)
        if view == .detail { try dashboard.openReviewDetail() }
        let pty = dashboard.pty
        let mark = pty.output.count
        let start = Date()
        if let signal = ending.signal {
            pty.signal(signal)
        } else {
            pty.send([0x1C])  // Ctrl-\ fires the armed crash probe
        }
        var result = Result()
        guard let exit = pty.waitForExit(seconds: 10) else {
            result.problems.append("still running 10 s later")
            return result
        }
        result.exit = exit.description
        result.seconds = exit.at.timeIntervalSince(start)
        let after = pty.output(since: mark)
        if result.seconds > Self.deadlineSeconds {
            result.problems.append("took \(String(format: "%.2f", result.seconds)) s to end (limit 2 s)")
        }
        if !ending.expectedExits.contains(exit.status) {
            result.problems.append("ended with \(exit), expected \(ending.expectedExits)")
        }
        if let modes = pty.modes, modes != pty.modesBeforeLaunch {
            result.problems.append("terminal modes are \(modes), were \(pty.modesBeforeLaunch) before launch")
        }
        guard let restored = after.lastIndexRange(of: rmcup) else {
            result.problems.append("rmcup never sent: \(Printable.text(after))")
            return result
        }
        if !after.contains(subsequence: cnorm) { result.problems.append("the cursor was not made visible (no cnorm)") }
        let afterRestore = Array(after[restored.upperBound...])
        if afterRestore.contains(subsequence: smcup) {
            result.problems.append("the alternate screen was entered again after the restore")
        }
        if ending.isCrash {
            let report = String(decoding: afterRestore, as: UTF8.self)
            result.backtracerPrompted = report.contains("Press space to interact")
            if !report.contains("earshot: crashed") {
                result.problems.append("no crash line after the restored screen: \(Printable.text(afterRestore))")
            }
            if ending == .swiftTrap, !report.contains("Fatal error") {
                result.problems.append("the runtime's 'Fatal error' message was not shown after the restore")
            }
            if String(decoding: after[..<restored.lowerBound], as: UTF8.self).contains("crashed") {
                result.problems.append("crash output was drawn onto the program screen")
            }
        } else if !dashboard.scratch.temporaryFiles.isEmpty {
            result.problems.append("left files in TMPDIR: \(dashboard.scratch.temporaryFiles)")
        }
        return result
    }
}
