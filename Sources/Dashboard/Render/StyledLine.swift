import TerminalUI

/// A piece of text with the role it is drawn in.
public struct Span: Equatable, Sendable {
    public var text: String
    public var role: ThemeRole

    public init(_ text: String, _ role: ThemeRole = .text) {
        self.text = text
        self.role = role
    }
}

/// One line of spans, drawn left to right.
public typealias StyledLine = [Span]

extension ScreenBuffer {
    /// Draws spans from (x, y) within `width` columns; `override` replaces every span's style
    /// (a selected row is drawn in one style).
    mutating func draw(_ line: StyledLine, x: Int, y: Int, width: Int, theme: Theme, override: Style? = nil) {
        var column = x
        for span in line {
            let room = x + width - column
            if room <= 0 { break }
            column += put(span.text, x: column, y: y, style: override ?? theme[span.role], maxWidth: room)
        }
    }
}

/// Wraps a paragraph into lines of one role, `indent` columns in.
func wrapped(_ text: String, width: Int, role: ThemeRole = .text, indent: Int = 0) -> [StyledLine] {
    let pad = String(repeating: " ", count: indent)
    return TextWrap.wrap(text, width: max(1, width - indent)).map { [Span(pad + $0, role)] }
}
