import TerminalUI

/// The inline note editor: the lines typed, a drawn cursor, and what saves and cancels.
enum NoteEditorBox {
    static func draw(_ note: NoteEditorState, size: Size, context: RenderContext, into buffer: inout ScreenBuffer) {
        let targets = note.ids.count <= 3 ? note.ids.joined(separator: ", ") : "\(note.ids.count) rows"
        let width = min(size.width - 2, 72)
        let header = note.reason.map { wrapped($0, width: width - 4, role: .muted) } ?? []
        let height = min(size.height - 2, 16)
        let textRows = max(1, height - 3 - header.count)
        let editor = note.editor
        let top = max(0, editor.row - textRows + 1)
        let shown = editor.lines[top...].prefix(textRows).map { [Span($0.text, .text)] }
        let inner = OverlayBox.draw(title: note.reply == nil ? "Note for \(targets)" : "Reply to \(targets)", lines: header + shown,
                                    footer: OverlayBox.keys([("^S", "save"), ("Esc", "cancel"), ("Enter", "new line")]),
                                    preferredWidth: width, preferredHeight: height, context: context, size: size, into: &buffer)
        guard inner.width > 3 else { return }
        let line = editor.lines[editor.row]
        let (visible, column) = PromptLine.window(line, width: inner.width - 3)
        let y = inner.y + header.count + (editor.row - top)
        guard y < inner.maxY - 1 else { return }
        // Long lines scroll sideways around the cursor, as the prompt does.
        buffer.fill(Rect(x: inner.x + 1, y: y, width: inner.width - 2, height: 1), style: context.theme[.text])
        _ = buffer.put(visible, x: inner.x + 1, y: y, style: context.theme[.text], maxWidth: inner.width - 2)
        var cursorStyle = context.theme[.text]
        cursorStyle.attributes.formSymmetricDifference(.reverse)
        let under = line.cursor < line.characters.count ? String(line.characters[line.cursor]) : " "
        _ = buffer.put(under, x: inner.x + 1 + column, y: y, style: cursorStyle, maxWidth: 2)
    }
}
