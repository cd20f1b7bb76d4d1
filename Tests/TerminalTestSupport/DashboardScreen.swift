/// What a screen of the dashboard must show, read from `tmux capture-pane` text.
public enum DashboardScreen {
    public static let paneTitles = ["Brands", "Reviews", "Complaints", "Follow-ups"]

    public static func showsAllPaneTitles(_ screen: String) -> Bool {
        paneTitles.allSatisfy(screen.contains)
    }

    /// The dashboard's minimum size: below it, a message instead of the panes.
    public static let minimumWidth = 60, minimumHeight = 16

    /// True when `screen` (a `capture-pane` of a `width`×`height` window) is a whole frame drawn
    /// for that size: below the minimum, the message naming this size; else the header on the
    /// first row, a pane's top border reaching exactly the last column, the status line on the
    /// last row and, when `titles`, the four pane titles (an overlay may hide them).
    public static func isComplete(_ screen: String, width: Int, height: Int, titles: Bool = true) -> Bool {
        let rows = self.rows(screen)
        if width < minimumWidth || height < minimumHeight {
            let words = rows.joined(separator: " ").split(separator: " ").joined(separator: " ")
            return words.contains("this one is \(width)x\(height)")
        }
        guard rows.count >= height, rows[0].hasPrefix(" earshot"), !rows[height - 1].isEmpty else { return false }
        let border = rows[1]
        guard border.hasSuffix("┐") || border.hasSuffix("+"),
              border.reduce(0, { $0 + approximateWidth($1) }) == width else { return false }
        return !titles || showsAllPaneTitles(screen)
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
