/// What a screen of the dashboard must show, read from `tmux capture-pane` text.
public enum DashboardScreen {
    public static let paneTitles = ["Brands", "Reviews", "Complaints", "Follow-ups"]

    public static func showsAllPaneTitles(_ screen: String) -> Bool {
        paneTitles.allSatisfy(screen.contains)
    }

    /// The rows a screen could show if nothing redrew it after the window shrank to
    /// `width`×`height`: tmux keeps the left columns and the top rows (or, depending on where the
    /// cursor was, the bottom rows) of the old screen.
    public static func staleCrops(of screen: String, width: Int, height: Int) -> [[String]] {
        let rows = self.rows(screen).dropLast()  // capture-pane ends with a newline
        return [rows.prefix(height), rows.suffix(height)].map { $0.map { crop($0, width: width) } }
    }

    /// The screen's first `height` rows (capture-pane prints one per row of the window).
    public static func visibleRows(_ screen: String, height: Int) -> [String] {
        Array(rows(screen).prefix(height))
    }

    private static func crop(_ row: String, width: Int) -> String {
        var kept = ""
        var columns = 0
        for character in row {
            let cells = approximateWidth(character)
            if columns + cells > width { break }
            kept.append(character)
            columns += cells
        }
        return trimmed(kept)
    }

    /// The screen's rows with trailing spaces removed.
    public static func rows(_ screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map { trimmed(String($0)) }
    }

    /// The widest row in columns.
    public static func widestRow(_ screen: String) -> Int {
        rows(screen).map { $0.reduce(0) { $0 + approximateWidth($1) } }.max() ?? 0
    }

    /// Columns a character takes, close enough for deciding whether a screen was redrawn.
    public static func approximateWidth(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1FAFF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    private static func trimmed(_ row: String) -> String {
        var row = row
        while row.last == " " { row.removeLast() }
        return row
    }
}
