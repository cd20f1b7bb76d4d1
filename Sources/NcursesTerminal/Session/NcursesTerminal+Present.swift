import CNcursesw
import TerminalUI

extension NcursesTerminal {
    /// Draws `frame`; curses' `doupdate` then sends only the cells that changed on screen.
    ///
    /// The frame is clipped to the window (it may be one size behind after a resize). Each frame
    /// starts from `werase`, never `clear`, so an ordinary key costs a few bytes over SSH; only
    /// after ``invalidate()`` is the whole screen repainted.
    public func present(_ frame: ScreenBuffer) {
        guard !isRestored, terminationSignal == nil else { return }
        let window = cnc_stdscr()
        werase(window)
        let screenRows = Int(cnc_lines()), screenColumns = Int(cnc_cols())
        let rows = min(frame.size.height, screenRows)
        let columns = min(frame.size.width, screenColumns)
        var character = cchar_t()
        var text = [wchar_t](repeating: 0, count: Cell.maxCombining + 2)
        for y in 0..<rows {
            for x in 0..<columns {
                let cell = frame.cells[y * frame.size.width + x]
                if cell.isContinuation || (cell.style == .plain && cell.scalars == [" "]) { continue }
                let fits = x + cell.width <= columns
                encode(fits ? cell.scalars : [" "], into: &text)
                let rendition = styles.rendition(for: cell.style, allocate: Self.definePair)
                setcchar(&character, text, rendition.attributes, rendition.pair, nil)
                let isLastCellOfScreen = y == screenRows - 1 && x + max(1, cell.width) >= screenColumns
                if isLastCellOfScreen {
                    // Inserting does not move the cursor past the corner, so nothing can scroll.
                    mvwins_wch(window, Int32(y), Int32(x), &character)
                } else {
                    mvwadd_wch(window, Int32(y), Int32(x), &character)
                }
            }
        }
        if needsFullRepaint {
            clearok(cnc_curscr(), true)
            needsFullRepaint = false
        }
        wnoutrefresh(window)
        doupdate()
    }

    /// Fills `text` with the cell's scalars as a NUL-terminated wide string, in ASCII when the
    /// locale cannot show more.
    ///
    /// Text reaches cells through the sanitiser, but a control character set directly would make
    /// curses print `^X` (two columns) or move the cursor, so it is replaced here too.
    private func encode(_ scalars: [Unicode.Scalar], into text: inout [wchar_t]) {
        var count = 0
        for var scalar in scalars.prefix(Cell.maxCombining + 1) {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { scalar = ScreenText.placeholder }
            if capabilities.unicode {
                text[count] = wchar_t(bitPattern: scalar.value)
            } else {
                if count > 0 { break } // combining marks cannot be shown without Unicode
                text[count] = wchar_t(bitPattern: ASCIIFallback.scalar(for: scalar).value)
            }
            count += 1
        }
        text[count] = 0
    }

    private static func definePair(_ pair: Int16, _ foreground: Int16, _ background: Int16) -> Bool {
        init_pair(pair, foreground, background) == OK
    }
}
