/// Something the terminal reports to the run loop.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    /// A click or a wheel turn, when mouse reporting is on.
    case mouse(MouseEvent)
    /// The terminal changed size; the new size is given.
    case resize(Size)
    /// No input arrived within the wait: a chance to poll for outside changes.
    case tick
    /// The terminal is gone (the SSH link dropped, the pty closed): the program must exit.
    case hangup
}
