import Foundation
import TerminalTestSupport
import Testing

/// The real `earshot demo` in a real terminal (tmux): it shows the four panes with data from
/// `seeds/`, survives resizing, and always gives the shell back — on `q`, on SIGHUP, and when the
/// terminal itself goes away — removing its temporary store each time.
///
/// Needs the `earshot` executable built next to this test bundle (`swift build`; `swift test`
/// builds it too) or named by `EARSHOT_E2E_BINARY`. Without tmux the suite is skipped, and
/// Swift Testing prints the reason given below.
@Suite(
    "earshot demo in tmux",
    .serialized,
    .enabled(if: TmuxSession.isInstalled, "tmux is not installed; install it (apt-get install tmux) to run the end-to-end tests")
)
struct DashboardEndToEndTests {
    /// Seconds the demo may take to import its data and draw the first frame (debug build, busy machine).
    static let startupSeconds = 15.0

    @Test("earshot demo shows the four panes and a review; q gives a usable shell back")
    func demoShowsPanesAndQuitRestoresTheShell() throws {
        let (tmux, samples) = try startShell(width: 120, height: 35)
        defer { tmux.kill() }
        let dashboard = try startDemo(in: tmux, samples: samples)
        #expect(tmux.alternateScreenIsOn, "the dashboard should draw on the alternate screen")

        try tmux.press("q")
        #expect(ProcessTable.waitUntilGone(dashboard, seconds: 5), "earshot is still running after q:\n\(tmux.screen())")
        #expect(try tmux.shellAnswers(), "the shell does not answer after q:\n\(tmux.screen())")
        #expect(!tmux.alternateScreenIsOn, "the alternate screen is still on after q")
        #expect(tmux.temporaryFiles.isEmpty, "the demo left files in TMPDIR: \(tmux.temporaryFiles)")
    }

    @Test("SIGHUP ends the dashboard within 2 s and leaves a usable shell")
    func hangupSignalEndsTheDashboard() throws {
        let (tmux, samples) = try startShell(width: 120, height: 35)
        defer { tmux.kill() }
        let dashboard = try startDemo(in: tmux, samples: samples)

        kill(dashboard, SIGHUP)
        #expect(ProcessTable.waitUntilGone(dashboard, seconds: 2), "earshot is still running 2 s after SIGHUP")
        #expect(try tmux.shellAnswers(), "the shell does not answer after SIGHUP:\n\(tmux.screen())")
        #expect(!tmux.alternateScreenIsOn, "the alternate screen is still on after SIGHUP")
        #expect(tmux.temporaryFiles.isEmpty, "the demo left files in TMPDIR after SIGHUP: \(tmux.temporaryFiles)")
    }

    @Test("a closed terminal ends the dashboard within 2 s even when SIGHUP is ignored")
    func closedTerminalEndsTheDashboardWithoutSpinning() throws {
        let (tmux, samples) = try startShell(width: 120, height: 35)
        defer { tmux.kill() }
        let binary = try BuiltProducts.earshot()
        // exec keeps the pid: the window's process is earshot itself, with SIGHUP ignored, so only
        // the read side (EOF/EIO on the closed pty) can tell it that the terminal is gone.
        try tmux.openWindow("dropped", command: "bash --norc --noprofile -c \"trap '' HUP; exec \(quoted(binary)) demo\"")
        let shown = tmux.waitForScreen(window: "dropped", seconds: Self.startupSeconds) {
            DashboardScreen.showsAllPaneTitles($0) && samples.firstVisible(in: $0) != nil
        }
        try #require(shown.matched, "the dashboard did not come up:\n\(shown.screen)")
        let dashboard = try #require(Int32(tmux.format("#{pane_pid}", window: "dropped")))

        try tmux.closeWindow("dropped")
        #expect(ProcessTable.waitUntilGone(dashboard, seconds: 2), "earshot is still running 2 s after its terminal closed")
        #expect(tmux.temporaryFiles.isEmpty, "the demo left files in TMPDIR: \(tmux.temporaryFiles)")
    }

    @Test("resizing 120x35 → 60x20 → 120x35 redraws the dashboard each time")
    func resizeRedraws() throws {
        let (tmux, samples) = try startShell(width: 120, height: 35)
        defer { tmux.kill() }
        let dashboard = try startDemo(in: tmux, samples: samples)
        let large = tmux.screen()

        try tmux.resize(width: 60, height: 20)
        let stale = DashboardScreen.staleCrops(of: large, width: 60, height: 20)
        let small = tmux.waitForScreen(seconds: 5) { !stale.contains(DashboardScreen.visibleRows($0, height: 20)) }
        #expect(small.matched, "the screen was not redrawn at 60x20:\n\(small.screen)")

        try tmux.resize(width: 120, height: 35)
        let back = tmux.waitForScreen(seconds: 5) {
            DashboardScreen.showsAllPaneTitles($0) && DashboardScreen.widestRow($0) > 60
        }
        #expect(back.matched, "the four panes were not redrawn at 120x35:\n\(back.screen)")

        try tmux.press("q")
        #expect(ProcessTable.waitUntilGone(dashboard, seconds: 5), "earshot is still running after q")
        #expect(try tmux.shellAnswers(), "the shell does not answer after q:\n\(tmux.screen())")
    }

    // MARK: - Steps

    /// A tmux window of `width`×`height` running a shell in the checkout, and the seed phrases to look for.
    private func startShell(width: Int, height: Int) throws -> (TmuxSession, SeedSamples) {
        let samples = try SeedSamples.load(from: BuiltProducts.seeds)
        // The session's config and data folders are empty: no user theme or store changes what is tested.
        let tmux = try TmuxSession.start(width: width, height: height, directory: BuiltProducts.packageRoot.path,
                                         environment: ["EARSHOT_SEEDS": BuiltProducts.seeds.path])
        try #require(try tmux.shellAnswers(), "the shell did not start:\n\(tmux.screen())")
        try tmux.type("clear")
        return (tmux, samples)
    }

    /// Types `earshot demo`, waits for the four pane titles and a review from the seeds, and
    /// returns the dashboard's pid.
    private func startDemo(in tmux: TmuxSession, samples: SeedSamples) throws -> Int32 {
        let binary = try BuiltProducts.earshot()
        try tmux.type("\(quoted(binary)) demo")
        let shown = tmux.waitForScreen(seconds: Self.startupSeconds) {
            DashboardScreen.showsAllPaneTitles($0) && samples.firstVisible(in: $0) != nil
        }
        try #require(shown.matched, "no four pane titles and no review from seeds/ on screen:\n\(shown.screen)")
        let shell = try #require(tmux.shellPID)
        let name = URL(fileURLWithPath: binary).lastPathComponent
        return try #require(ProcessTable.children(of: shell, named: name).first, "no \(name) process under the shell")
    }

    private func quoted(_ path: String) -> String {
        "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
