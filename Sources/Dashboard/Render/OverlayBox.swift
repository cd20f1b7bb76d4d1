import TerminalUI

/// A bordered box in the middle of the screen over the dashboard, for dialogs and the editor.
enum OverlayBox {
    /// Draws the box with `title`, `lines` inside (clipped) and `footer` on its last line;
    /// returns the inside, where callers may draw more (a cursor).
    @discardableResult
    static func draw(title: String, lines: [StyledLine], footer: StyledLine, preferredWidth: Int, preferredHeight: Int,
                     context: RenderContext, size: Size, into buffer: inout ScreenBuffer) -> Rect {
        let width = max(10, min(size.width - 2, preferredWidth))
        let height = max(4, min(size.height - 2, preferredHeight))
        let rect = Rect(x: max(0, (size.width - width) / 2), y: max(0, (size.height - height) / 2), width: width, height: height)
        buffer.fill(rect, style: context.theme[.text])
        let block = Block(title: title, borderStyle: context.theme[.paneBorderFocused],
                          titleStyle: context.theme[.paneTitleFocused], glyphs: context.glyphs.border)
        let inner = block.render(in: rect, buffer: &buffer)
        guard inner.height > 0 else { return inner }
        for (row, line) in lines.prefix(max(0, inner.height - 1)).enumerated() {
            buffer.draw(line, x: inner.x + 1, y: inner.y + row, width: inner.width - 2, theme: context.theme)
        }
        buffer.draw(footer, x: inner.x + 1, y: inner.maxY - 1, width: inner.width - 2, theme: context.theme)
        return inner
    }

    /// "y yes · n no" and the like: keys in the hint role, words plain.
    static func keys(_ pairs: [(String, String)]) -> StyledLine {
        var line: StyledLine = []
        for (index, (key, word)) in pairs.enumerated() {
            if index > 0 { line.append(Span(" · ", .muted)) }
            line.append(Span(key, .keyHint))
            line.append(Span(" " + word, .text))
        }
        return line
    }
}
