import TerminalUI

/// A terminal that lives in memory: events are scripted, frames are recorded.
///
/// The test double behind the same ``Terminal`` protocol as the ncurses back end, after
/// swift-nio's `EmbeddedChannel`: it does no I/O at all.
public final class InMemoryTerminal: Terminal {
    public private(set) var size: Size
    public let capabilities: TerminalCapabilities
    /// Events still to deliver, first first. When empty, `nextEvent` reports `.hangup`.
    public var pendingEvents: [TerminalEvent]
    /// Every frame presented, oldest first.
    public private(set) var frames: [ScreenBuffer] = []
    public private(set) var invalidations = 0
    public private(set) var suspensions = 0
    public private(set) var restored = false
    /// Whether the program asked for clicks and wheel turns.
    public private(set) var mouseReporting = false
    /// Every text sent to the clipboard, oldest first.
    public private(set) var clipboard: [String] = []

    public init(size: Size, events: [TerminalEvent] = [], capabilities: TerminalCapabilities = .init(colors: 256, unicode: true)) {
        self.size = size
        self.pendingEvents = events
        self.capabilities = capabilities
    }

    /// The last frame presented.
    public var screen: ScreenBuffer? { frames.last }

    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent {
        guard !pendingEvents.isEmpty else { return .hangup }
        let event = pendingEvents.removeFirst()
        if case .resize(let newSize) = event { size = newSize }
        return event
    }

    /// True while a scripted key or click is still to be delivered.
    public var hasInputWaiting: Bool {
        pendingEvents.contains { event in
            switch event {
            case .key, .mouse: return true
            default: return false
            }
        }
    }

    public func present(_ frame: ScreenBuffer) { frames.append(frame) }
    public func invalidate() { invalidations += 1 }
    public func suspend() { suspensions += 1 }
    public func restore() { restored = true }

    @discardableResult
    public func setMouseReporting(_ enabled: Bool) -> Bool {
        mouseReporting = enabled
        return true
    }

    @discardableResult
    public func copyToClipboard(_ text: String) -> Bool {
        guard ClipboardSequence.bytes(for: text) != nil else { return false }
        clipboard.append(text)
        return true
    }
}
