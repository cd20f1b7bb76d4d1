import Foundation
import TerminalTestSupport
import Testing

/// The real `earshot` on a pseudo-terminal, in a scratch folder of its own, brought to a known view.
final class DashboardUnderPTY {
    /// Seconds the dashboard may take to import and draw its first frame (debug build, busy machine).
    static let startupSeconds = 30.0

    let pty: PseudoTerminal
    let scratch: ScratchFolder
    /// True when the folder was made here, so it goes when this does.
    private let ownsScratch: Bool

    /// Starts `earshot ARGUMENTS` (default `demo`) and waits for the four pane titles and an idle program.
    ///
    /// `shellPrefix` runs it through `/bin/sh -c 'PREFIX; exec earshot ARGUMENTS'` instead (the
    /// pid stays earshot's), say to start it with SIGHUP ignored as `nohup` would.
    init(_ arguments: [String] = ["demo"], columns: Int = 80, rows: Int = 24, term: String = "xterm-256color",
         locale: String = "C.UTF-8", environment extra: [String: String] = [:], scratch: ScratchFolder? = nil,
         shellPrefix: String? = nil) throws {
        let folder = try scratch ?? ScratchFolder.make("pty")
        self.scratch = folder
        ownsScratch = scratch == nil
        let binary = try BuiltProducts.earshot()
        var executable = binary
        var argv = arguments
        if let shellPrefix {
            executable = "/bin/sh"
            argv = ["-c", "\(shellPrefix); exec " + ([binary] + arguments).map(Self.quoted).joined(separator: " ")]
        }
        pty = try PseudoTerminal.start(executable, argv,
                                       environment: folder.environment(term: term, locale: locale, extra: extra),
                                       columns: columns, rows: rows)
        let shown = pty.waitForOutput(seconds: Self.startupSeconds) { output in
            DashboardScreen.paneTitles.allSatisfy { output.contains(subsequence: Array($0.utf8)) }
        }
        guard shown, pty.waitUntilIdle() else {
            throw E2EError("earshot \(arguments.joined(separator: " ")) did not draw its four panes; it wrote:\n\(Printable.text(pty.output))")
        }
    }

    deinit {
        if ownsScratch { scratch.remove() }
    }

    /// Focuses the Reviews pane and opens the selected review's detail (at 80 columns it replaces the list).
    func openReviewDetail() throws {
        pty.send("2")
        pty.waitUntilIdle()
        let mark = pty.output.count
        pty.send("\r")
        guard pty.waitForText("Sentiment", since: mark, seconds: 10), pty.waitUntilIdle() else {
            throw E2EError("Enter did not open a review's detail; earshot wrote:\n\(Printable.text(pty.output(since: mark)))")
        }
    }

    static func quoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Types `keys` one at a time, each once the previous one has been handled.
    func type(_ keys: String...) {
        for key in keys {
            pty.send(key)
            pty.waitUntilIdle()
        }
    }
}
