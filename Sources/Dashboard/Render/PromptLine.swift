import TerminalUI

/// The `:` or `/` prompt in the status line: the text with its cursor, and beside it the
/// filter's problem, the completion candidates or the keys that work here.
enum PromptLine {
    static func draw(_ prompt: PromptState, state: AppState, in rect: Rect, context: RenderContext, into buffer: inout ScreenBuffer) {
        let theme = context.theme
        let info = self.info(prompt, state: state)
        // The text gets what it needs (a third of the line at least, unless there is a problem to
        // tell); the note beside it the rest.
        let least = prompt.problem == nil ? rect.width / 3 : 0
        let textWidth = min(rect.width - 1, max(DisplayWidth.of(prompt.editor.text) + 3, least))
        let infoWidth = max(0, min(DisplayWidth.of(info.text), rect.width - textWidth - 2))
        let (visible, cursorColumn) = window(prompt.editor, width: textWidth - 1)
        var x = rect.x + buffer.put(prompt.sigil, x: rect.x, y: rect.y, style: theme[.keyHint], maxWidth: 1)
        _ = buffer.put(visible, x: x, y: rect.y, style: theme[.statusBar], maxWidth: textWidth - 1)
        // The cursor is drawn, not the terminal's: curses keeps the real one hidden.
        let cursorX = x + cursorColumn
        let under = prompt.editor.cursor < prompt.editor.characters.count ? String(prompt.editor.characters[prompt.editor.cursor]) : " "
        var cursorStyle = theme[.statusBar]
        cursorStyle.attributes.formSymmetricDifference(.reverse)
        _ = buffer.put(under, x: cursorX, y: rect.y, style: cursorStyle, maxWidth: 2)
        x = rect.maxX - infoWidth
        if infoWidth > 0 {
            let text = TextWrap.truncate(info.text, width: infoWidth, ellipsis: context.glyphs.ellipsis)
            _ = buffer.put(text, x: x, y: rect.y, style: theme[info.role], maxWidth: infoWidth)
        }
    }

    /// The part of the line that fits in `width` columns around the cursor, and the cursor's column in it.
    static func window(_ editor: LineEditor, width: Int) -> (String, Int) {
        let characters = editor.characters
        var start = 0
        func columns(_ range: Range<Int>) -> Int { DisplayWidth.of(String(characters[range])) }
        while start < editor.cursor, columns(start..<editor.cursor) >= width { start += 1 }
        return (String(characters[start...]), columns(start..<editor.cursor))
    }

    static func info(_ prompt: PromptState, state: AppState) -> Span {
        if let problem = prompt.problem { return Span(problem, .error) }
        if let cycle = prompt.completion { return Span(cycle.candidates.joined(separator: " "), .muted) }
        switch prompt.kind {
        case .command: return Span("Tab completes · ↑↓ history · Enter runs · Esc cancels", .muted)
        case .filter(let pane, _):
            return Span("\(state.position(pane).countText) \(pane.rowNoun) · Enter keeps · Esc puts back", .muted)
        }
    }
}
