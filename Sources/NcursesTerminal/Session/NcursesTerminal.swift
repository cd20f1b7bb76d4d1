import CNcursesw
import Glibc
import TerminalUI

/// The real terminal: curses (ncursesw) on stdin and stdout, and the only code that imports it.
///
/// ```swift
/// let terminal = try NcursesTerminal.start()
/// defer { terminal.restore() }
/// terminal.present(frame)
/// switch terminal.nextEvent(timeoutMilliseconds: 1000) { … }
/// ```
///
/// Starting sets the locale, saves the terminal modes, opens curses with `newterm` (an unknown
/// `TERM` is an error, not an exit) and installs signal handlers. From then on the terminal is
/// restored — screen left, modes back, cursor shown — by ``restore()``, at `exit`, and:
/// - on SIGINT, SIGTERM, SIGHUP and SIGQUIT, at once in the handler; then ``nextEvent(timeoutMilliseconds:)``
///   returns `.hangup` and the program has 2 s to wind down (remove temporary files, keep a
///   draft) before SIGALRM ends it; a second signal ends it at once; the exit status is 128+n;
/// - on crash signals (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP): one line on stderr,
///   what was written to stderr meanwhile, the Swift crash report, then the default action.
///
/// While the screen is up, stderr is held in a temporary file and shown after the restore, so
/// nothing can smear the screen. SIGPIPE is ignored.
///
/// One terminal per process; use it from one thread (curses is not thread-safe).
public final class NcursesTerminal: Terminal {
    public let capabilities: TerminalCapabilities
    var styles: StyleMapper
    var needsFullRepaint = false
    var pendingEvents: [TerminalEvent] = []
    var spinGuard = SpinGuard()
    /// Armed only by the terminal-restore tests (see ``CrashProbe``).
    let crashProbe = CrashProbe.armed()
    private(set) var isRestored = false

    /// Takes over the terminal; throws a ``NcursesTerminalError`` (one line for stderr) when it cannot.
    ///
    /// - Parameter escapeDelayMilliseconds: how long a lone Esc waits for the rest of a key
    ///   sequence. 25 ms feels instant; a slow link may split arrow keys, so it is configurable.
    public static func start(escapeDelayMilliseconds: Int = 25) throws -> NcursesTerminal {
        switch cnc_session_open(Int32(clamping: max(0, escapeDelayMilliseconds))) {
        case CNC_SESSION_OK:
            return NcursesTerminal()
        case CNC_SESSION_NOT_A_TERMINAL:
            throw NcursesTerminalError.notATerminal
        case CNC_SESSION_NO_TERM:
            throw NcursesTerminalError.terminalTypeNotSet
        case CNC_SESSION_UNKNOWN_TERM:
            throw NcursesTerminalError.unknownTerminalType(Self.environment("TERM") ?? "")
        default:
            throw NcursesTerminalError.alreadyStarted
        }
    }

    private init() {
        let noColor = Self.environment("NO_COLOR").map { !$0.isEmpty } ?? false
        let colors = ColorLevel.colors(hasColors: has_colors(), terminalColors: Int(cnc_colors()), noColor: noColor)
        capabilities = TerminalCapabilities(colors: colors, unicode: cnc_locale_is_utf8() == 1)
        styles = StyleMapper(colors: colors, colorPairs: Int(cnc_color_pairs()),
                             hasDefaultColors: cnc_session_has_default_colors() == 1)
    }

    deinit {
        restore()
    }

    /// The terminating signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT) that arrived, if one did: the
    /// terminal is already restored and the process must exit within 2 s (status 128 + signal).
    public var terminationSignal: Int32? {
        let signal = cnc_session_termination_signal()
        return signal == 0 ? nil : signal
    }

    /// The current size in cells (curses updates it on `KEY_RESIZE`).
    public var size: Size {
        Size(width: Int(cnc_cols()), height: Int(cnc_lines()))
    }

    /// Changes how long a lone Esc waits for the rest of a key sequence (the config's setting,
    /// read after ``start(escapeDelayMilliseconds:)`` because the config depends on the capabilities).
    public func setEscapeDelay(milliseconds: Int) {
        guard !isRestored else { return }
        set_escdelay(Int32(clamping: max(0, milliseconds)))
    }

    /// Forces the next ``present(_:)`` to repaint every cell (Ctrl-L after line noise).
    public func invalidate() {
        needsFullRepaint = true
    }

    /// Gives the terminal back to the shell and stops the process (Ctrl-Z); returns after `fg`.
    ///
    /// On return the screen is back and repainted, and the next ``nextEvent(timeoutMilliseconds:)``
    /// is `.resize` with the current size (the terminal may have been resized meanwhile), so the
    /// run loop renders a fresh frame.
    public func suspend() {
        guard !isRestored, terminationSignal == nil else { return }
        cnc_session_suspend()
        needsFullRepaint = false
        pendingEvents.append(.resize(size))
    }

    /// Leaves the terminal as it was found: `endwin`, the saved modes, the previous signal
    /// handlers. Safe to call more than once; after it, `present` does nothing and
    /// `nextEvent` returns `.hangup`.
    public func restore() {
        guard !isRestored else { return }
        isRestored = true
        cnc_session_close()
    }

    private static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }
}
