/// A frame of cells that widgets draw into; the terminal back end presents it.
///
/// Drawing clips at the buffer's edges (and at `maxWidth`) and never wraps, so no row can be
/// wider than the screen. All text goes through ``ScreenText``, the sanitising chokepoint.
public struct ScreenBuffer: Equatable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = size
        self.cells = Array(repeating: .blank, count: size.width * size.height)
    }

    public var area: Rect { Rect(size: size) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
    }

    /// Draws `text` from (x, y), clipped at `maxWidth` columns and at the buffer's right edge.
    ///
    /// Returns the number of columns written. A wide character that would not fit whole is
    /// replaced by spaces, never split.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < size.height, x < size.width else { return 0 }
        let limit = min(size.width, x + (maxWidth ?? size.width))
        var column = x
        var lastCell: Int? = nil
        var full = false
        ScreenText.forEachGlyph(in: text) { scalar, width in
            if full { return }
            if width == 0 {
                if let last = lastCell, cells[last].scalars.count <= Cell.maxCombining {
                    cells[last].scalars.append(scalar)
                }
                return
            }
            if column + width > limit {
                while column < limit { setCell(Cell(" ", style: style), x: column, y: y); column += 1 }
                full = true
                return
            }
            if column >= 0 {
                clearWideOverlap(x: column, y: y)
                setCell(Cell(scalar, width: width, style: style), x: column, y: y)
                lastCell = y * size.width + column
                if width == 2 { setCell(.continuation(style: style), x: column + 1, y: y) }
            }
            column += width
        }
        return max(0, column - x)
    }

    /// Sets the style of every cell in `rect`, keeping the characters.
    public mutating func setStyle(_ style: Style, in rect: Rect) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { cells[y * size.width + x].style = style }
        }
    }

    /// Fills `rect` with blanks in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { cells[y * size.width + x] = Cell(" ", style: style) }
        }
    }

    /// Puts a single box-drawing or other one-column scalar at (x, y).
    public mutating func set(_ scalar: Unicode.Scalar, x: Int, y: Int, style: Style = .plain) {
        guard x >= 0, x < size.width, y >= 0, y < size.height else { return }
        clearWideOverlap(x: x, y: y)
        setCell(Cell(scalar, style: style), x: x, y: y)
    }

    /// The rows as `tmux capture-pane -p` prints them: continuations omitted, trailing spaces cut.
    public var lines: [String] {
        (0..<size.height).map { y in
            var row = ""
            for x in 0..<size.width {
                let cell = cells[y * size.width + x]
                if !cell.isContinuation { row += cell.text }
            }
            while row.hasSuffix(" ") { row.removeLast() }
            return row
        }
    }

    /// Every row, joined by newlines: handy to compare with a multi-line literal.
    public var text: String { lines.joined(separator: "\n") }

    private mutating func setCell(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, x < size.width, y >= 0, y < size.height else { return }
        cells[y * size.width + x] = cell
    }

    /// Overwriting half of a wide character blanks its other half, so no orphan half is left.
    private mutating func clearWideOverlap(x: Int, y: Int) {
        let i = y * size.width + x
        if cells[i].isContinuation, x > 0 {
            cells[i - 1] = Cell(" ", style: cells[i - 1].style)
        }
        if cells[i].width == 2, x + 1 < size.width {
            cells[i + 1] = Cell(" ", style: cells[i + 1].style)
        }
    }
}
