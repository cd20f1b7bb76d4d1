import TerminalUI

/// The bottom line: a message, if any, then the keys that matter here, from the keymap.
enum StatusLine {
    static func draw(_ state: AppState, in rect: Rect, context: RenderContext, into buffer: inout ScreenBuffer) {
        let theme = context.theme
        buffer.fill(rect, style: theme[.statusBar])
        var line: StyledLine = []
        if let message = state.message {
            line.append(Span(" " + message.text + "  ", message.kind == .error ? .error : .message))
        }
        var used = line.reduce(0) { $0 + DisplayWidth.of($1.text) }
        for (keys, hint) in hints(for: state.keyScopes, keymap: state.keymap) {
            let width = DisplayWidth.of(keys) + DisplayWidth.of(hint) + 2
            // A hint is shown whole or not at all.
            guard used + width <= rect.width else { break }
            line.append(Span(" " + keys, .keyHint))
            line.append(Span(" " + hint, .statusBar))
            used += width
        }
        buffer.draw(line, x: rect.x, y: rect.y, width: rect.width, theme: theme)
    }

    /// Each hinted command bound in `scopes`, with its keys: ("j/↓", "down").
    static func hints(for scopes: [KeyScope], keymap: Keymap) -> [(String, String)] {
        Command.allCases.compactMap { command in
            guard let hint = command.info.hint else { return nil }
            let keys = keymap.keys(for: command, in: scopes)
            guard !keys.isEmpty else { return nil }
            return (keys.prefix(2).map(\.hint).joined(separator: "/"), hint)
        }
    }
}
