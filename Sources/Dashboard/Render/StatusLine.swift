import TerminalUI

/// The bottom line: a message, if any, then the keys that matter here, from the keymap.
enum StatusLine {
    static func draw(_ state: AppState, in rect: Rect, context: RenderContext, into buffer: inout ScreenBuffer) {
        let theme = context.theme
        buffer.fill(rect, style: theme[.statusBar])
        if let prompt = state.triage.prompt {
            PromptLine.draw(prompt, state: state, in: rect, context: context, into: &buffer)
            return
        }
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

    /// Each hinted binding in `scopes`, with its keys: ("j/↓", "down"). Triage comes first —
    /// marking, filtering, the command line and the pane's own actions — then the rest.
    static func hints(for scopes: [KeyScope], keymap: Keymap) -> [(String, String)] {
        let first: [Command] = [.mark, .filter, .prompt]
        let then: [Command] = [.undo, .help, .quit]
        let actions = keymap.lineBindings(in: scopes).sorted { actionRank($0) < actionRank($1) }.prefix(5)
        let bindings = first.map(KeyBinding.command) + actions + then.map(KeyBinding.command)
            + Command.allCases.filter { !first.contains($0) && !then.contains($0) }.map(KeyBinding.command)
        var seen: Set<String> = []
        return bindings.compactMap { binding in
            guard let hint = hint(for: binding), !seen.contains(hint) else { return nil }
            let keys = keymap.keys(for: binding, in: scopes)
            guard !keys.isEmpty else { return nil }
            seen.insert(hint)
            return (keys.prefix(2).map(\.hint).joined(separator: "/"), hint)
        }
    }

    /// The actions worth a hint first: the everyday ones of triage.
    static func actionRank(_ binding: KeyBinding) -> Int {
        let order = ["status", "done", "tag", "note", "complain", "followup", "skip", "assign", "priority", "untag"]
        return order.firstIndex(of: hint(for: binding) ?? "") ?? order.count
    }

    /// The word a binding is hinted with: a command's hint, a triage line's verb, or what a
    /// `prompt`/`view` line asks for.
    static func hint(for binding: KeyBinding) -> String? {
        switch binding {
        case .command(let command): return command.info.hint
        case .line(let line):
            let words = line.split(separator: " ").map(String.init)
            if let command = Command(rawValue: words[0]) { return words.count > 1 ? words[1] : command.info.hint }
            return words.count > 1 && words[0] == "status" ? words[1] : words[0]
        }
    }
}
