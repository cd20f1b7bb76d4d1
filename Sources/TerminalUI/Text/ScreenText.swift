/// The one chokepoint where text enters the screen: it turns any string into safe glyphs.
///
/// Customer text is written by strangers. Stored bytes stay untouched; here, on the way to the
/// screen, every scalar that could move the cursor, drive the terminal or spoof the display becomes a
/// visible placeholder of one column:
/// - C0 controls and DEL become their Control Pictures (`␛` for ESC, `␊` for a line feed, `␡`);
/// - C1 controls, bidi overrides and isolates, zero-width and other format characters, line and
///   paragraph separators, and anything `wcwidth` calls unprintable become `�`;
/// - a tab becomes spaces up to the next multiple of ``tabWidth`` from the start of the text.
/// Zero-width joiners and emoji variation selectors are dropped rather than shown: ncurses and tmux
/// disagree on the width of joined sequences, and dropping them keeps every row aligned.
public enum ScreenText {
    public static let tabWidth = 4
    /// Shown in place of a scalar that must not reach the terminal.
    public static let placeholder: Unicode.Scalar = "\u{FFFD}"

    /// What the screen shows for one scalar.
    public enum Glyph: Equatable {
        /// A printable scalar with its width (0 for a combining mark).
        case printable(Unicode.Scalar, width: Int)
        /// A visible stand-in of one column for a scalar that must not be sent.
        case substituted(Unicode.Scalar)
        /// Nothing: the scalar is dropped.
        case dropped
        case tab
    }

    /// Classifies one scalar.
    public static func glyph(for scalar: Unicode.Scalar) -> Glyph {
        let v = scalar.value
        switch v {
        case 0x09: return .tab
        case 0x00..<0x20: return .substituted(Unicode.Scalar(0x2400 + v) ?? placeholder)
        case 0x7F: return .substituted("\u{2421}")
        case 0x20..<0x7F: return .printable(scalar, width: 1)
        case 0x80..<0xA0: return .substituted(placeholder)
        case 0x200D, 0xFE0E, 0xFE0F: return .dropped
        default: break
        }
        switch scalar.properties.generalCategory {
        case .format, .lineSeparator, .paragraphSeparator, .control, .surrogate, .privateUse, .unassigned:
            return .substituted(placeholder)
        default:
            break
        }
        let width = DisplayWidth.of(scalar)
        if width < 0 { return .substituted(placeholder) }
        return .printable(scalar, width: width)
    }

    /// Calls `body` with each glyph to draw and its width, tabs expanded, in order.
    /// A width of 0 means "combine with the previous glyph".
    public static func forEachGlyph(in text: String, _ body: (Unicode.Scalar, Int) -> Void) {
        var column = 0
        for scalar in text.unicodeScalars {
            switch glyph(for: scalar) {
            case .printable(let s, let w):
                body(s, w)
                column += w
            case .substituted(let s):
                body(s, 1)
                column += 1
            case .dropped:
                continue
            case .tab:
                let spaces = tabWidth - column % tabWidth
                for _ in 0..<spaces { body(" ", 1) }
                column += spaces
            }
        }
    }

    /// The text as the screen shows it: the sanitised scalars, for tests and previews.
    public static func sanitized(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        forEachGlyph(in: text) { s, _ in out.append(s) }
        return String(out)
    }
}
