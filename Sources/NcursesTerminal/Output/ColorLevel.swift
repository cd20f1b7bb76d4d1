/// How many colours to use, from what curses reports and what the user asked for.
enum ColorLevel {
    /// 0 (attributes only), 8, 16 or 256.
    ///
    /// `NO_COLOR` (set and not empty, see no-color.org) turns colours off whatever the terminal can do.
    static func colors(hasColors: Bool, terminalColors: Int, noColor: Bool) -> Int {
        guard hasColors, !noColor else { return 0 }
        switch terminalColors {
        case 256...: return 256
        case 16...: return 16
        case 8...: return 8
        default: return 0
        }
    }
}
