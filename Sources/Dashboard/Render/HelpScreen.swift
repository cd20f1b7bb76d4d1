import TerminalUI

/// The `?` overlay: every command bound where the user is, grouped, with the user's own keys.
enum HelpScreen {
    static func draw(_ state: AppState, context: RenderContext, into buffer: inout ScreenBuffer) {
        let size = state.size
        let width = min(size.width - 4, 76)
        let height = size.height - 4
        guard width > 20, height > 4 else { return }
        let rect = Rect(x: (size.width - width) / 2, y: 2, width: width, height: height)
        buffer.fill(rect, style: context.theme[.text])
        let block = Block(title: "Help: keys here (q or ? closes)", borderStyle: context.theme[.paneBorderFocused],
                          titleStyle: context.theme[.paneTitleFocused], glyphs: context.glyphs.border)
        let inner = block.render(in: rect, buffer: &buffer)
        let all = lines(for: helpScopes(state), keymap: state.keymap)
        for (row, line) in all.dropFirst(state.helpScroll).prefix(inner.height).enumerated() {
            buffer.draw(line, x: inner.x + 1, y: inner.y + row, width: inner.width - 2, theme: context.theme)
        }
    }

    /// The scopes the help describes: where the user was when they opened it.
    static func helpScopes(_ state: AppState) -> [KeyScope] {
        var copy = state
        copy.showingHelp = false
        return copy.keyScopes
    }

    /// One heading per group, then one line per bound command: its keys and summary.
    static func lines(for scopes: [KeyScope], keymap: Keymap) -> [StyledLine] {
        var out: [StyledLine] = []
        for group in CommandGroup.allCases {
            let commands = Command.allCases.filter { $0.info.group == group }
            var rows: [StyledLine] = commands.compactMap { command in
                row(keys: keymap.keys(for: command, in: scopes), summary: command.info.summary, name: command.rawValue)
            }
            if group == .triage {
                rows += keymap.lineBindings(in: scopes).compactMap { binding in
                    row(keys: keymap.keys(for: binding, in: scopes), summary: lineSummary(binding), name: binding.text)
                }
            }
            guard !rows.isEmpty else { continue }
            if !out.isEmpty { out.append([]) }
            out.append([Span(group.rawValue, .heading)])
            out += rows
        }
        return out + commandLineSection()
    }

    /// One help row: the keys, the summary and the name as the config writes it; nil when unbound.
    static func row(keys: [Key], summary: String, name: String) -> StyledLine? {
        guard !keys.isEmpty else { return nil }
        let keyText = keys.map(\.description).joined(separator: " ")
        let padded = keyText + String(repeating: " ", count: max(1, 18 - DisplayWidth.of(keyText)))
        return [Span("  " + padded, .keyHint), Span(summary, .text), Span("  " + name, .muted)]
    }

    /// What a bound command line does: its verb's help, or its command's summary.
    static func lineSummary(_ binding: KeyBinding) -> String {
        if let command = Command(rawValue: binding.name) { return command.info.summary }
        return TriageVocabulary.help(for: binding.name)?.summary ?? binding.text
    }

    /// Every command the `:` line takes, with its arguments: triage verbs, then the rest.
    static func commandLineSection() -> [StyledLine] {
        var out: [StyledLine] = [[], [Span("Commands (type : then the name; Tab completes)", .heading)]]
        for name in TriageVocabulary.names {
            let help = TriageVocabulary.help(for: name)
            out.append([Span("  :\(name) \(help?.synopsis ?? "")", .keyHint), Span("  " + (help?.summary ?? ""), .text)])
        }
        for command in Command.allCases where command.takesArgument {
            out.append([Span("  :\(command.rawValue) \(command.argumentSynopsis ?? "")", .keyHint), Span("  " + command.info.summary, .text)])
        }
        return out
    }

    /// Lines in the help for the current state, for scrolling.
    static func lineCount(for state: AppState) -> Int {
        lines(for: helpScopes(state), keymap: state.keymap).count
    }
}
