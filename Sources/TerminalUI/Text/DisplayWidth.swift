import CLibcWidth

/// Display widths from the C library's `wcwidth`, the function ncursesw itself uses.
///
/// Our own width table would disagree with what ncurses draws (see research/architecture.md §4.5),
/// so every width in the program comes from here. `wcwidth` needs a UTF-8 `LC_CTYPE`: `earshot`
/// calls ``DisplayWidth/prepareLocale()`` first thing, else every letter outside ASCII in a
/// command's table ("café") would print as `�` (the dashboard's session sets the whole locale).
public enum DisplayWidth {
    /// Sets the character type (`LC_CTYPE`) from the environment; returns true when it is UTF-8.
    @discardableResult
    public static func prepareLocale() -> Bool {
        clw_setup_locale() == 1
    }

    /// True when the current locale's codeset is UTF-8.
    public static var localeIsUTF8: Bool { clw_locale_is_utf8() == 1 }

    /// Columns `scalar` takes: 0 for combining marks, 1 or 2 when printable, -1 when not.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        if scalar.value >= 0x20 && scalar.value < 0x7F { return 1 }
        return Int(clw_wcwidth(scalar.value))
    }

    /// Columns the text takes once sanitised for the screen.
    public static func of(_ text: String) -> Int {
        var total = 0
        ScreenText.forEachGlyph(in: text) { _, width in total += width }
        return total
    }
}
