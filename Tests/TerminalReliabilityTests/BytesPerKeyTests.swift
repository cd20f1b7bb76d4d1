import Foundation
import TerminalTestSupport
import Testing

/// Economy over slow links: the bytes `earshot demo` sends for one j or k on an 80x24 review list.
///
/// The real binary runs under a pseudo-terminal (`TERM=xterm-256color`, 80x24). After the first
/// frame, each key is typed only once the program is idle again, and everything it writes until
/// it is idle once more is that key's cost. The figure is the median of several presses.
@Suite("bytes per key under a pty", .serialized)
struct BytesPerKeyTests {
    static let presses = 7
    /// BRIEF §9.
    static let budget = 200

    @Test("j and k on the 80x24 review list: no screen clear, and the bytes for each (budget 200)")
    func bytesPerMove() throws {
        let scratch = try ScratchFolder.make("bytes")
        defer { scratch.remove() }
        let pty = try PseudoTerminal.start(try BuiltProducts.earshot(), ["demo"], environment: scratch.environment(),
                                           columns: 80, rows: 24)
        try #require(pty.waitForText("Follow-ups", seconds: 30), "no dashboard on screen:\n\(Printable.text(pty.output))")
        try #require(pty.waitUntilIdle(), "earshot did not settle after its first frame")
        pty.send("2")
        pty.waitUntilIdle()

        let down = (0..<Self.presses).map { _ in press("j", in: pty) }
        let up = (0..<Self.presses).map { _ in press("k", in: pty) }
        pty.send("q")
        #expect(pty.waitForExit(seconds: 5) != nil, "earshot did not quit on q")

        let medianDown = Self.median(down), medianUp = Self.median(up)
        print("bytes per key: j \(medianDown) bytes, k \(medianUp) bytes (median of \(Self.presses) presses each, "
              + "earshot demo on the 80x24 review list, TERM=xterm-256color, budget \(Self.budget))")
        if let typical = down.first(where: { $0.count == medianDown }) {
            print("bytes per key: one j = \(OutputBreakdown(typical))")
            print("bytes per key: one j, raw = \(Printable.text(typical))")
        }
        for bytes in down + up {
            let clears = ControlSequences.parse(bytes).filter { ["\\e[2J", "\\e[H\\e[2J", "\\e[3J"].contains($0.description) }
            #expect(clears.isEmpty, "an ordinary key cleared the whole screen: \(Printable.text(bytes))")
            // Two rows change (the old selection and the new): more than four rows' worth is a repaint.
            #expect(bytes.count <= 4 * 80 * 2, "one key sent \(bytes.count) bytes, a repaint rather than an update")
        }
        #expect(max(medianDown, medianUp) <= Self.budget, "one j/k costs \(max(medianDown, medianUp)) bytes; the budget is \(Self.budget)")
    }

    /// Types `key` and returns what the program wrote until it was idle again.
    private func press(_ key: String, in pty: PseudoTerminal) -> [UInt8] {
        let mark = pty.output.count
        pty.send(key)
        pty.waitUntilIdle()
        return pty.output(since: mark)
    }

    static func median(_ samples: [[UInt8]]) -> Int {
        let counts = samples.map(\.count).sorted()
        return counts.isEmpty ? 0 : counts[counts.count / 2]
    }
}
