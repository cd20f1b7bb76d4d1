import TerminalUI

/// Rows of cells as text with the columns aligned (by display width), the last column free.
enum TableText {
    static func aligned(_ rows: [[String]]) -> String {
        guard let columns = rows.map(\.count).max() else { return "" }
        var widths = Array(repeating: 0, count: columns)
        for row in rows {
            for (index, cell) in row.enumerated() where index < columns - 1 {
                widths[index] = max(widths[index], width(cell))
            }
        }
        var text = ""
        for row in rows {
            var line = ""
            for (index, cell) in row.enumerated() {
                line += cell
                if index < row.count - 1 {
                    line += String(repeating: " ", count: widths[index] - width(cell) + 2)
                }
            }
            text += line + "\n"
        }
        return text
    }

    private static func width(_ text: String) -> Int {
        var total = 0
        ScreenText.forEachGlyph(in: text) { _, width in total += width }
        return total
    }
}
