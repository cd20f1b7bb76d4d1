import Foundation
import TerminalTestSupport

/// The release `earshot` dashboard on a store, under a pseudo-terminal of a given size, with a
/// scratch home (no user config), as a user would start it.
final class DashboardSession {
    let pty: PseudoTerminal
    /// Seconds from just before the program was started to the last byte of its first frame.
    let firstFrameSeconds: Double
    /// CPU time earshot used up to then (user + system).
    let firstFrameCPUSeconds: Double
    private let scratch: ScratchFolder

    init(binary: String, store: String, columns: Int, rows: Int) throws {
        scratch = try ScratchFolder.make("bench")
        let started = Date()
        pty = try PseudoTerminal.start(binary, ["--store", store], environment: scratch.environment(),
                                       columns: columns, rows: rows)
        guard pty.waitForText("Follow-ups", seconds: 120), pty.waitUntilIdle(seconds: 120) else {
            let screen = Printable.text(pty.output.suffix(2000))
            scratch.remove()
            throw BenchError("earshot showed no dashboard within 120 s; it wrote: \(screen)")
        }
        firstFrameSeconds = pty.lastOutput.timeIntervalSince(started)
        firstFrameCPUSeconds = Double(pty.cpuMicroseconds ?? 0) / 1e6
    }

    /// Peak resident memory so far (`VmHWM`), in bytes.
    var peakRSS: Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pty.pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return nil }
        return kilobytes * 1024
    }

    /// Share of one core used while nobody types for `seconds` (the terminal's output drained).
    func idleCPU(seconds: Double) -> Double? {
        pty.waitUntilIdle(seconds: 10)
        guard let before = pty.cpuMicroseconds else { return nil }
        let started = Date()
        while Date().timeIntervalSince(started) < seconds { pty.pump(milliseconds: 100) }
        guard let after = pty.cpuMicroseconds else { return nil }
        return Double(after - before) / 1e6 / Date().timeIntervalSince(started)
    }

    func press(_ key: String) -> KeyPress {
        KeyPress.press(key, in: pty)
    }

    /// Quits with q (from the list) and removes the scratch folder.
    func close() {
        pty.waitUntilIdle(seconds: 10)
        pty.send(KeyPress.escape)
        pty.waitUntilIdle(seconds: 10)
        pty.send("q")
        if pty.waitForExit(seconds: 10) == nil { pty.signal(SIGTERM); pty.waitForExit(seconds: 5) }
        scratch.remove()
    }
}
