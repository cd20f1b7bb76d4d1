import Foundation
import TerminalTestSupport
import Testing

/// The store benchmark, small (10,000 items), end to end: `earshot-bench scale` generates a
/// store, imports it with the real `earshot`, drives the dashboard under a pty and filters in the
/// store. The test fails when the benchmark breaks (an error, a figure missing or not a number),
/// never on how fast anything was: timings belong to release builds on a quiet machine.
@Suite("store benchmark, small, end to end", .serialized)
struct ScaleBenchmarkRunTests {
    static let figures = [
        "import throughput", "import peak RSS", "floor: sqlite3 .import", "first full frame", "key→frame: move (j/k)",
        "key→frame: page (PgDn/PgUp)", "key→frame: pane switch (Tab)", "key→frame: open detail (Enter)",
        "key→frame: back to list (h)", "key→frame: jump (G/g)", "bytes per j/k", "filter as you type (/)",
        "dashboard peak RSS", "idle CPU", "filter keystroke (store)",
    ]

    @Test("earshot-bench scale --items 10000 prints every figure with its method")
    func smallScaleRun() throws {
        let bench = try Self.benchBinary()
        let work = try ScratchFolder.make("bench-ci")
        defer { work.remove() }
        let (status, output) = try Command.result(bench, [
            "scale", "--items", "10000", "--runs", "1", "--presses", "4", "--idle", "1", "--work", work.path("work"),
        ])
        #expect(status == 0, "earshot-bench scale failed:\n\(output)")
        // The floor needs the sqlite3 program; without it the benchmark says so and carries on.
        let hasSQLite = FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3")
            || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/sqlite3")
        // Filtering through `/` is measured once the dashboard has the prompt; the run says when not.
        let hasPrompt = !output.contains("has no `/` prompt")
        for name in Self.figures where (hasSQLite || !name.hasPrefix("floor")) && (hasPrompt || !name.hasPrefix("filter as")) {
            let line = output.split(separator: "\n").first { $0.hasPrefix(name + ": median ") }
            #expect(line != nil, "no '\(name)' figure in:\n\(output)")
            #expect(line.map { !$0.contains("n/a") } ?? false, "'\(name)' has no value: \(line ?? "")")
        }
        #expect(output.contains("| 10,000 | import throughput |"), "the summary table is missing:\n\(output)")
    }

    /// `earshot-bench` beside the `earshot` this test run built.
    static func benchBinary() throws -> String {
        let earshot = try BuiltProducts.earshot()
        let bench = URL(fileURLWithPath: earshot).deletingLastPathComponent().appendingPathComponent("earshot-bench").path
        guard FileManager.default.isExecutableFile(atPath: bench) else {
            throw E2EError("no earshot-bench at \(bench): run `swift build` first")
        }
        return bench
    }
}
