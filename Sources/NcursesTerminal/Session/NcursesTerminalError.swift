import TerminalUI

/// Why the dashboard could not take over the terminal; each description is one line for stderr.
///
/// The descriptions point to the commands that work without a terminal, because the usual cause
/// is a script, a pipe or a remote host whose terminal type is not installed.
public enum NcursesTerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// stdin or stdout is not a terminal (a pipe, a file, cron).
    case notATerminal
    /// `TERM` is unset or empty.
    case terminalTypeNotSet
    /// No terminfo entry for this `TERM` (say `xterm-kitty` on a server without kitty's entry).
    case unknownTerminalType(String)
    /// `start` was called while another session is open in this process.
    case alreadyStarted

    public var description: String {
        switch self {
        case .notATerminal:
            return "earshot: no terminal here; the dashboard needs one — for scripts use "
                + "`earshot import` and `earshot tag` (see `earshot --help`)"
        case .terminalTypeNotSet:
            return "earshot: TERM is not set, so the dashboard cannot drive this terminal; try "
                + "`TERM=xterm-256color earshot`, or see `earshot --help` for the commands that need no terminal"
        case .unknownTerminalType(let name):
            return "earshot: the terminal type '\(Self.printable(name))' is not known here; try "
                + "`TERM=xterm-256color earshot` or install its terminfo entry, or use "
                + "`earshot --help` for the commands that need no terminal"
        case .alreadyStarted:
            return "earshot: the terminal is already in use by this process (the dashboard was started twice)"
        }
    }

    /// The environment is outside text too: shown sanitised and short, so it cannot drive the terminal.
    private static func printable(_ text: String) -> String {
        let clean = ScreenText.sanitized(text)
        return clean.unicodeScalars.count > 40 ? String(clean.prefix(40)) + "…" : clean
    }
}
