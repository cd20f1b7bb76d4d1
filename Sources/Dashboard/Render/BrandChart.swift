/// Column charts of a brand's weeks in block characters (ASCII when the terminal has no Unicode):
/// mean sentiment around a zero line, and mean rating from one star up.
enum BrandChart {
    /// Columns of the label on the left.
    static let labelWidth = 6

    /// Mean sentiment per week: columns rising above the zero line for positive weeks and hanging
    /// below it for negative ones, scaled to ±0.5 unless a week goes further (then ±1).
    static func sentiment(_ weeks: [Double?], width: Int, rows: Int, glyphs: Glyphs) -> [StyledLine] {
        let shown = Array(weeks.suffix(max(1, (width - labelWidth) / columnWidth(weeks.count, width))))
        let scale = shown.compactMap { $0.map(abs) }.max().map { $0 > 0.5 ? 1.0 : 0.5 } ?? 0.5
        let half = max(1, rows / 2)
        let cell = columnWidth(shown.count, width)
        let role = { (value: Double?) -> ThemeRole in
            guard let value else { return .muted }
            return value > 0.05 ? .sentimentPositive : (value < -0.05 ? .sentimentNegative : .sentimentNeutral)
        }
        let up = shown.map { $0.map { max(0, $0) / scale } }
        let down = shown.map { $0.map { max(0, -$0) / scale } }
        var lines: [StyledLine] = []
        for row in 0..<half {
            let label = row == 0 ? "+" + String(format: "%.1f", scale) : ""
            lines.append(labelled(label, columns(up, level: { $0 - Double(half - 1 - row) }, rows: half, cell: cell,
                                                glyphs: glyphs.eighths, roles: shown.map(role))))
        }
        lines.append([Span(Formatters.fit("  0", labelWidth, glyphs: glyphs), .muted),
                      Span(String(repeating: glyphs.axis, count: shown.count * cell), .muted)])
        for row in 0..<half {
            let label = row == half - 1 ? "-" + String(format: "%.1f", scale) : ""
            lines.append(labelled(label, hanging(down, row: row, rows: half, cell: cell, glyphs: glyphs, roles: shown.map(role))))
        }
        return lines
    }

    /// Mean rating per week, columns from one star (empty) to five (full).
    static func rating(_ weeks: [Double?], width: Int, rows: Int, glyphs: Glyphs) -> [StyledLine] {
        let cell = columnWidth(weeks.count, width)
        let shown = Array(weeks.suffix(max(1, (width - labelWidth) / cell)))
        let fractions = shown.map { $0.map { max(0, min(1, ($0 - 1) / 4)) } }
        return (0..<rows).map { row in
            let label = row == 0 ? "5" + glyphs.starFull : (row == rows - 1 ? "1" + glyphs.starFull : "")
            return labelled(label, columns(fractions, level: { $0 - Double(rows - 1 - row) }, rows: rows, cell: cell,
                                           glyphs: glyphs.eighths, roles: shown.map { _ in .rating }))
        }
    }

    /// Two cells a week when they fit, else one.
    static func columnWidth(_ count: Int, _ width: Int) -> Int {
        count > 0 && labelWidth + 2 * count <= width ? 2 : 1
    }

    static func labelled(_ label: String, _ cells: StyledLine) -> StyledLine {
        [Span(String(repeating: " ", count: max(0, labelWidth - 1 - label.count)) + label + " ", .muted)] + cells
    }

    /// One row of rising columns: `level` turns a column's height in cells into this row's part of it.
    static func columns(_ fractions: [Double?], level: (Double) -> Double, rows: Int, cell: Int, glyphs: [String],
                        roles: [ThemeRole]) -> StyledLine {
        zip(fractions, roles).map { fraction, role in
            guard let fraction else { return Span(String(repeating: " ", count: cell), .muted) }
            let eighths = Int((max(0, min(1, level(fraction * Double(rows)))) * 8).rounded())
            let glyph = eighths == 0 ? " " : glyphs[min(7, eighths - 1)]
            return Span(String(repeating: glyph, count: cell), role)
        }
    }

    /// One row of hanging columns, `row` 0 just under the zero line.
    static func hanging(_ fractions: [Double?], row: Int, rows: Int, cell: Int, glyphs: Glyphs, roles: [ThemeRole]) -> StyledLine {
        zip(fractions, roles).map { fraction, role in
            guard let fraction else { return Span(String(repeating: " ", count: cell), .muted) }
            let part = max(0, min(1, fraction * Double(rows) - Double(row)))
            let glyph = part < 1.0 / 16 ? " " : (part < 0.375 ? glyphs.hanging[0] : (part < 0.75 ? glyphs.hanging[1] : glyphs.hanging[2]))
            return Span(String(repeating: glyph, count: cell), role)
        }
    }
}
