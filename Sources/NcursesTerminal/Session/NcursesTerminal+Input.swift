import CNcursesw
import Glibc
import TerminalUI

extension NcursesTerminal {
    /// Waits up to `timeoutMilliseconds` (negative: forever) for a key, a resize or a hangup.
    ///
    /// Returns `.tick` when the time ran out, `.resize` with the new size after the terminal
    /// changed size, and `.hangup` when the terminal is gone (the pty closed or hung up) or a
    /// terminating signal arrived: the run loop must then wind down and return (within 2 s),
    /// never read again in a loop.
    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent {
        guard !isRestored, terminationSignal == nil else { return .hangup }
        if !pendingEvents.isEmpty { return pendingEvents.removeFirst() }
        let clock = ContinuousClock()
        let start = clock.now
        var remaining = timeoutMilliseconds
        while true {
            let attemptStart = clock.now
            let window = cnc_stdscr()
            wtimeout(window, Int32(clamping: remaining))
            var character: wint_t = 0
            let status = wget_wch(window, &character)
            if terminationSignal != nil { return .hangup }
            if status == KEY_CODE_YES {
                spinGuard.reset()
                if Int32(bitPattern: character) == KEY_RESIZE {
                    cnc_session_resized()
                    return .resize(size)
                }
                if Int32(bitPattern: character) == KEY_MOUSE, let mouse = Self.readMouse() { return .mouse(mouse) }
                if let key = KeyDecoder.key(forKeyCode: Int32(bitPattern: character)) { return .key(key) }
            } else if status == OK {
                spinGuard.reset()
                if character == CrashProbe.key { crashProbe?.fire() }
                if let key = KeyDecoder.key(forCharacter: character) { return .key(key) }
            } else {
                let waited = Self.milliseconds(clock.now - attemptStart)
                if cnc_input_is_gone() == 1
                    || spinGuard.recordFailure(elapsedMilliseconds: waited, timeoutMilliseconds: remaining) {
                    return .hangup
                }
                return .tick
            }
            // A key earshot does not use: keep waiting for the rest of the time asked for.
            if timeoutMilliseconds >= 0 {
                remaining = timeoutMilliseconds - Self.milliseconds(clock.now - start)
                if remaining <= 0 { return .tick }
            }
        }
    }

    /// True when an event is queued or bytes wait on the terminal's input (the session reads
    /// stdin), so that a count after the frame gives way to the key.
    public var hasInputWaiting: Bool {
        guard pendingEvents.isEmpty else { return true }
        var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return poll(&input, 1, 0) > 0
    }

    /// Switches reporting of clicks and wheel turns; false when the terminal has no mouse.
    @discardableResult
    public func setMouseReporting(_ enabled: Bool) -> Bool {
        guard !isRestored else { return false }
        return cnc_session_set_mouse(enabled ? 1 : 0) == 1
    }

    /// Sends `text` to the terminal emulator's clipboard with OSC 52 (wrapped for GNU screen).
    @discardableResult
    public func copyToClipboard(_ text: String) -> Bool {
        guard !isRestored, terminationSignal == nil else { return false }
        let wrapping = ClipboardSequence.wrapping { getenv($0).map { String(cString: $0) } }
        guard let bytes = ClipboardSequence.bytes(for: text, wrapping: wrapping) else { return false }
        return bytes.withUnsafeBufferPointer { cnc_session_write_raw($0.baseAddress, $0.count) } == 1
    }

    /// The click or wheel turn behind a `KEY_MOUSE`, or nil for other mouse events.
    private static func readMouse() -> MouseEvent? {
        var x: Int32 = 0
        var y: Int32 = 0
        switch cnc_read_mouse(&x, &y) {
        case CNC_MOUSE_CLICK: return MouseEvent(.click, x: Int(x), y: Int(y))
        case CNC_MOUSE_WHEEL_UP: return MouseEvent(.wheelUp, x: Int(x), y: Int(y))
        case CNC_MOUSE_WHEEL_DOWN: return MouseEvent(.wheelDown, x: Int(x), y: Int(y))
        default: return nil
        }
    }

    private static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}
