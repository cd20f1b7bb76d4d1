import TerminalUI

/// The `?` overlay: every command bound where the user is, grouped, with the user's own keys.
enum HelpScreen {
    static func draw(_ state: AppState, context: RenderContext, into buffer: inout ScreenBuffer) {
        let size = state.size
        let width = boxWidth(for: size)
        guard width > 20, size.height - 4 > 4 else { return }
        let rect = Rect(x: (size.width - width) / 2, y: 2, width: width, height: size.height - 4)
        buffer.fill(rect, style: context.theme[.text])
        let block = Block(title: "Help: keys here (q or ? closes)", borderStyle: context.theme[.paneBorderFocused],
                          titleStyle: context.theme[.paneTitleFocused], glyphs: context.glyphs.border)
        let inner = block.render(in: rect, buffer: &buffer)
        let all = lines(for: helpScopes(state), keymap: state.keymap, width: textWidth(for: size))
        for (row, line) in all.dropFirst(state.helpScroll).prefix(inner.height).enumerated() {
            buffer.draw(line, x: inner.x + 1, y: inner.y + row, width: inner.width - 2, theme: context.theme)
        }
    }

    /// The overlay's width, borders included: the screen less two columns each side, at most 76.
    static func boxWidth(for size: Size) -> Int { min(size.width - 4, 76) }

    /// Columns for text inside the overlay: its width less the borders and a space each side.
    static func textWidth(for size: Size) -> Int { boxWidth(for: size) - 4 }

    /// Rows of text the overlay shows at once: the screen less two rows above and below, and
    /// the borders.
    static func visibleRows(for size: Size) -> Int { max(1, size.height - 6) }

    /// The scopes the help describes: where the user was when they opened it.
    static func helpScopes(_ state: AppState) -> [KeyScope] {
        var copy = state
        copy.showingHelp = false
        return copy.keyScopes
    }

    /// One heading per group, then one row per bound command: its keys and summary, wrapped to
    /// `width` columns so that nothing is cut off.
    static func lines(for scopes: [KeyScope], keymap: Keymap, width: Int = .max) -> [StyledLine] {
        var out: [StyledLine] = []
        for group in CommandGroup.allCases {
            let commands = Command.allCases.filter { $0.info.group == group }
            var rows: [[StyledLine]] = commands.compactMap { command in
                row(keys: keymap.keys(for: command, in: scopes), summary: command.info.summary, name: command.rawValue,
                    width: width)
            }
            if group == .triage {
                rows += keymap.lineBindings(in: scopes).compactMap { binding in
                    row(keys: keymap.keys(for: binding, in: scopes), summary: lineSummary(binding), name: binding.text,
                        width: width)
                }
            }
            guard !rows.isEmpty else { continue }
            if !out.isEmpty { out.append([]) }
            out.append([Span(group.rawValue, .heading)])
            out += rows.joined()
        }
        return out + commandLineSection(width: width)
    }

    /// Columns before a command's summary: two of indent, then its keys.
    static let summaryColumn = 20

    /// One help row: the keys, the summary and the name as the config writes it; nil when unbound.
    /// A row too wide for `width` goes on in lines indented to the summary.
    static func row(keys: [Key], summary: String, name: String, width: Int) -> [StyledLine]? {
        guard !keys.isEmpty else { return nil }
        let keyText = keys.map(\.description).joined(separator: " ")
        let padded = keyText + String(repeating: " ", count: max(1, summaryColumn - 2 - DisplayWidth.of(keyText)))
        return hanging([Span("  " + padded, .keyHint)], [Span(summary, .text), Span("  " + name, .muted)],
                       indent: summaryColumn, width: width)
    }

    /// `head` followed by `body`, word-wrapped to `width` columns with continuation lines
    /// indented by `indent`. Each word keeps its span's role; a span's leading spaces stay
    /// before its first word unless that word starts a line. A word wider than a line is left
    /// whole for the drawing to cut.
    static func hanging(_ head: StyledLine, _ body: StyledLine, indent: Int, width: Int) -> [StyledLine] {
        let whole = head + body
        guard columns(whole) > width, width - indent >= 10 else { return [whole] }
        var lines: [StyledLine] = []
        var current = head
        var column = columns(head)
        for span in body {
            let lead = span.text.prefix { $0 == " " }.count
            for (index, word) in span.text.split(separator: " ").enumerated() {
                let gap = index == 0 ? lead : 1
                let wordWidth = DisplayWidth.of(String(word))
                if column + gap + wordWidth > width {
                    lines.append(current)
                    current = [Span(String(repeating: " ", count: indent), span.role), Span(String(word), span.role)]
                    column = indent + wordWidth
                    continue
                }
                current.append(Span(String(repeating: " ", count: gap) + word, span.role))
                column += gap + wordWidth
            }
        }
        lines.append(current)
        return lines
    }

    /// The display width of a line.
    static func columns(_ line: StyledLine) -> Int {
        line.reduce(0) { $0 + DisplayWidth.of($1.text) }
    }

    /// What a bound command line does: its verb's help, or its command's summary.
    static func lineSummary(_ binding: KeyBinding) -> String {
        if let command = Command(rawValue: binding.name) { return command.info.summary }
        return TriageVocabulary.help(for: binding.name)?.summary ?? binding.text
    }

    /// Every command the `:` line takes, with its arguments: triage verbs, then the rest.
    static func commandLineSection(width: Int) -> [StyledLine] {
        var out: [StyledLine] = [[], [Span("Commands (type : then the name; Tab completes)", .heading)]]
        for name in TriageVocabulary.names {
            let help = TriageVocabulary.help(for: name)
            out += hanging([Span(commandLine(name, help?.synopsis), .keyHint)], [Span("  " + (help?.summary ?? ""), .text)],
                           indent: 6, width: width)
        }
        for command in Command.allCases where command.takesArgument {
            out += hanging([Span(commandLine(command.rawValue, command.argumentSynopsis), .keyHint)],
                           [Span("  " + command.info.summary, .text)], indent: 6, width: width)
        }
        return out
    }

    /// A `:` command as typed: its name, then its arguments if it takes any.
    static func commandLine(_ name: String, _ synopsis: String?) -> String {
        guard let synopsis, !synopsis.isEmpty else { return "  :" + name }
        return "  :\(name) \(synopsis)"
    }

    /// Lines in the help for the current state at its screen size, for scrolling.
    static func lineCount(for state: AppState) -> Int {
        lines(for: helpScopes(state), keymap: state.keymap, width: textWidth(for: state.size)).count
    }
}
