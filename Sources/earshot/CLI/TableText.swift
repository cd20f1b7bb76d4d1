import TerminalUI

/// Rows of cells as text with the columns aligned (by display width), the last column free.
enum TableText {
    /// Columns between two cells.
    static let gap = 2
    /// The fewest columns a fitted column is cut to, however narrow the terminal.
    static let narrowest = 8

    /// The rows aligned; with `width`, the cells of column `flexible` are cut (ending in "…") so
    /// that a line fits in `width` columns, as a terminal shows it, instead of wrapping, and a
    /// line that still does not fit (the other columns are wider than the terminal) is cut at
    /// its edge.
    static func aligned(_ rows: [[String]], fitting width: Int? = nil, flexible: Int? = nil) -> String {
        guard let columns = rows.map(\.count).max() else { return "" }
        var rows = rows
        if let width, let flexible, flexible < columns {
            let widths = columnWidths(rows, columns: columns, measured: columns)
            let others = widths.reduce(0, +) - widths[flexible] + gap * (columns - 1)
            let room = max(narrowest, width - others)
            for index in rows.indices where flexible < rows[index].count {
                rows[index][flexible] = TextWrap.truncate(rows[index][flexible], width: room)
            }
        }
        // The last column is never padded: its cells need no measuring (all of a long list's text).
        let widths = columnWidths(rows, columns: columns, measured: columns - 1)
        var text = ""
        for row in rows {
            var line = ""
            for (index, cell) in row.enumerated() {
                line += cell
                if index < row.count - 1 {
                    line += String(repeating: " ", count: widths[index] - displayWidth(cell) + gap)
                }
            }
            if let width, displayWidth(line) > width { line = TextWrap.truncate(line, width: width) }
            text += line + "\n"
        }
        return text
    }

    /// The widest cell of each of the first `measured` columns (0 for the others).
    private static func columnWidths(_ rows: [[String]], columns: Int, measured: Int) -> [Int] {
        var widths = Array(repeating: 0, count: columns)
        for row in rows {
            for (index, cell) in row.enumerated() where index < measured {
                widths[index] = max(widths[index], displayWidth(cell))
            }
        }
        return widths
    }

    /// Display columns of a cell, glyph by glyph as the dashboard draws it.
    private static func displayWidth(_ text: String) -> Int {
        var total = 0
        ScreenText.forEachGlyph(in: text) { _, width in total += width }
        return total
    }
}
