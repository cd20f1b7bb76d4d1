/// What the terminal can show, so themes can degrade colours and glyphs.
public struct TerminalCapabilities: Hashable, Sendable {
    /// Colours the terminal offers: 0 (monochrome), 8, 16 or 256.
    public var colors: Int
    /// True when the locale is UTF-8, so box drawing and wide characters can be used.
    public var unicode: Bool

    public init(colors: Int, unicode: Bool) {
        self.colors = colors
        self.unicode = unicode
    }
}

/// A terminal the run loop draws to and reads keys from.
///
/// Two implementations: `NcursesTerminal` (the real one, the only code that imports curses) and
/// `InMemoryTerminal` (for tests: scripted events, recorded frames).
public protocol Terminal: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    var capabilities: TerminalCapabilities { get }
    /// Waits for the next event; returns `.tick` when nothing arrived within `timeoutMilliseconds`.
    func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent
    /// True when a key (or other input) is already waiting, so that slow optional work can give
    /// way to it; never waits.
    var hasInputWaiting: Bool { get }
    /// Shows `frame`, sending only what changed since the last frame.
    func present(_ frame: ScreenBuffer)
    /// Forces the next `present` to repaint everything (Ctrl-L).
    func invalidate()
    /// Gives the terminal back to the shell and stops the process (Ctrl-Z); returns after `fg`.
    func suspend()
    /// Leaves the terminal exactly as it was found. Safe to call more than once.
    func restore()
    /// Switches reporting of clicks and wheel turns on or off; returns false when the terminal
    /// cannot report them.
    @discardableResult
    func setMouseReporting(_ enabled: Bool) -> Bool
    /// Asks the user's terminal emulator to put `text` on its clipboard (OSC 52; see
    /// ``ClipboardSequence``). Returns false when the text is too long to send. Whether the
    /// terminal honoured it cannot be known: the caller says how to copy by hand as well.
    @discardableResult
    func copyToClipboard(_ text: String) -> Bool
}
