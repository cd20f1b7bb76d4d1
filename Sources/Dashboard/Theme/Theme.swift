import TerminalUI

/// Maps every role to a style. Built-in themes are the files in `themes/`, compiled in.
public struct Theme: Sendable, Equatable {
    public var name: String
    public private(set) var styles: [ThemeRole: Style]

    public init(name: String, styles: [ThemeRole: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The style for `role`; roles a theme leaves out are plain.
    public subscript(role: ThemeRole) -> Style {
        styles[role] ?? .plain
    }

    /// This theme with the roles `other` names replaced (a user theme overrides only those).
    public func overridden(by other: [ThemeRole: Style]) -> Theme {
        var copy = self
        copy.styles.merge(other) { _, new in new }
        return copy
    }

    /// The theme with colours reduced to what the terminal shows; attributes only when it has none.
    public func degraded(toColors colors: Int) -> Theme {
        var copy = self
        for (role, style) in styles {
            copy.styles[role] = Style(foreground: style.foreground.degraded(toColors: colors),
                                      background: style.background.degraded(toColors: colors),
                                      attributes: style.attributes)
        }
        return copy
    }
}

extension Color {
    /// The nearest colour a terminal with `colors` colours can show.
    public func degraded(toColors colors: Int) -> Color {
        guard case .palette(let index) = self else { return self }
        if colors <= 0 { return .terminalDefault }
        if Int(index) < colors { return self }
        if index < 16 { return .palette(index % 8) }
        let basic = Color.nearestBasic(to: index)
        return colors >= 16 ? .palette(basic) : .palette(basic % 8)
    }

    /// The closest of the 16 basic colours to an xterm 256-palette entry.
    static func nearestBasic(to index: UInt8) -> UInt8 {
        let (r, g, b) = rgb(of: index)
        let basics: [(UInt8, Int, Int, Int)] = [
            (0, 0, 0, 0), (1, 205, 0, 0), (2, 0, 205, 0), (3, 205, 205, 0), (4, 0, 0, 238), (5, 205, 0, 205),
            (6, 0, 205, 205), (7, 229, 229, 229), (8, 127, 127, 127), (9, 255, 0, 0), (10, 0, 255, 0),
            (11, 255, 255, 0), (12, 92, 92, 255), (13, 255, 0, 255), (14, 0, 255, 255), (15, 255, 255, 255),
        ]
        let best = basics.min { a, b2 in
            let da = (a.1 - r) * (a.1 - r) + (a.2 - g) * (a.2 - g) + (a.3 - b) * (a.3 - b)
            let db = (b2.1 - r) * (b2.1 - r) + (b2.2 - g) * (b2.2 - g) + (b2.3 - b) * (b2.3 - b)
            return da < db
        }
        return best?.0 ?? 7
    }

    static func rgb(of index: UInt8) -> (Int, Int, Int) {
        let i = Int(index)
        if i >= 232 { let v = 8 + (i - 232) * 10; return (v, v, v) }
        let cube = i - 16
        let levels = [0, 95, 135, 175, 215, 255]
        return (levels[cube / 36], levels[(cube / 6) % 6], levels[cube % 6])
    }
}

extension Theme {
    /// A built-in theme by name, or nil when there is none of that name.
    public static func builtin(named name: String) -> Theme? {
        guard let file = BuiltinThemes.files.first(where: { $0.name == name }) else { return nil }
        return Theme(name: name, styles: ThemeFile.parse(file.text, source: "themes/\(name).theme").styles)
    }

    /// The default theme for dark terminals.
    public static var standard: Theme { builtin(named: "default") ?? Theme(name: "default", styles: [:]) }

    /// Attributes only: for terminals without colour and for `NO_COLOR`.
    public static var monochrome: Theme { builtin(named: "monochrome") ?? Theme(name: "monochrome", styles: [:]) }
}
