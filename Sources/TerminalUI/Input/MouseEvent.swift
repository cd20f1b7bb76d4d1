/// A mouse action the dashboard understands: a click, or a turn of the wheel.
///
/// Reported only when mouse support is switched on (it is off by default, as in tig and
/// lazygit, so the terminal's own selection and copying keep working).
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// The main button went down.
        case click
        case wheelUp
        case wheelDown
    }

    public var kind: Kind
    /// Where it happened, in cells from the top-left corner.
    public var x: Int
    public var y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
