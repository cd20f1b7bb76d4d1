/// A terminal colour: the terminal's default, or an entry of the 256-colour palette.
public enum Color: Hashable, Sendable {
    /// The terminal's own foreground or background (keeps light and transparent terminals right).
    case terminalDefault
    /// An index into the xterm palette: 0-7 the basic colours, 8-15 bright ones, 16-255 the cube and greys.
    case palette(UInt8)

    public static let black = Color.palette(0), red = Color.palette(1), green = Color.palette(2)
    public static let yellow = Color.palette(3), blue = Color.palette(4), magenta = Color.palette(5)
    public static let cyan = Color.palette(6), white = Color.palette(7)
}

/// Text attributes a terminal can show; several may be combined.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let dim = TextAttributes(rawValue: 1 << 1)
    public static let underline = TextAttributes(rawValue: 1 << 2)
    public static let reverse = TextAttributes(rawValue: 1 << 3)
    public static let italic = TextAttributes(rawValue: 1 << 4)
}

/// The look of a cell: colours and attributes. Drawing code gets styles from a theme's roles.
public struct Style: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var attributes: TextAttributes

    public init(foreground: Color = .terminalDefault, background: Color = .terminalDefault,
                attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public static let plain = Style()
}
