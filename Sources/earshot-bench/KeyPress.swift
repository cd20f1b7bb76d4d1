import Foundation
import TerminalTestSupport

/// One key typed at the dashboard under a pseudo-terminal, timed from the write of its bytes
/// to the last byte of the frame it caused (the program is idle again: blocked waiting for
/// input with nothing left to read).
struct KeyPress {
    var seconds: Double
    var bytes: Int
    /// CPU time earshot spent on the key (user + system): steadier than wall time on a busy machine.
    var cpuSeconds: Double

    /// Types `key` once the program is idle and waits until it is idle again.
    static func press(_ key: String, in pty: PseudoTerminal) -> KeyPress {
        let mark = pty.output.count
        let cpuBefore = pty.cpuMicroseconds ?? 0
        let sent = Date()
        pty.send(key)
        pty.waitUntilIdle(seconds: 30)
        let bytes = pty.output.count - mark
        let seconds = bytes > 0 ? max(0, pty.lastOutput.timeIntervalSince(sent)) : 0
        let cpu = Double((pty.cpuMicroseconds ?? cpuBefore) - cpuBefore) / 1e6
        return KeyPress(seconds: seconds, bytes: bytes, cpuSeconds: cpu)
    }

    static let pageDown = "\u{1b}[6~"
    static let pageUp = "\u{1b}[5~"
    static let tab = "\t"
    static let enter = "\r"
    static let escape = "\u{1b}"
}
