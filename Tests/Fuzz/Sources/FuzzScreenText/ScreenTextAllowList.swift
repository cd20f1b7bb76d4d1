import TerminalUI

/// What may reach the terminal from customer text: printable scalars of width 0-2, nothing that
/// moves the cursor, starts an escape sequence or reorders the display.
enum ScreenTextAllowList {
    /// Why `scalar` drawn `width` columns wide must not be sent, or nil when it may.
    static func violation(_ scalar: Unicode.Scalar, width: Int) -> String? {
        let value = scalar.value
        if value < 0x20 || value == 0x7F { return "a C0 control or DEL" }
        if (0x80..<0xA0).contains(value) { return "a C1 control" }
        if [0x200E, 0x200F, 0x061C].contains(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) {
            return "a bidi control"
        }
        if [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xFE0E, 0xFE0F].contains(value) { return "a zero-width or format character" }
        if value == 0x2028 || value == 0x2029 { return "a line or paragraph separator" }
        switch scalar.properties.generalCategory {
        case .format, .control, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator:
            return "category \(scalar.properties.generalCategory)"
        default: break
        }
        if !(0...2).contains(width) { return "width \(width)" }
        if width == 0, ![.nonspacingMark, .enclosingMark, .spacingMark].contains(scalar.properties.generalCategory),
           DisplayWidth.of(scalar) != 0 {
            return "drawn zero-width but not a mark"
        }
        return nil
    }
}
