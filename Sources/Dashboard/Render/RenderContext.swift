import TerminalUI

/// What rendering needs besides the state: colours and glyphs.
public struct RenderContext: Sendable {
    public var theme: Theme
    public var glyphs: Glyphs

    public init(theme: Theme, glyphs: Glyphs = .unicode) {
        self.theme = theme
        self.glyphs = glyphs
    }
}
