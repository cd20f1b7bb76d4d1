import TerminalUI

/// One pane: its border with number, title and count, and the visible rows of its list.
enum PaneList {
    static func draw(_ pane: Pane, state: AppState, in rect: Rect, context: RenderContext, into buffer: inout ScreenBuffer) {
        if pane == .brands { return BrandsPane.draw(state, in: rect, context: context, into: &buffer) }
        let theme = context.theme
        let focused = state.focus == pane
        let position = state.position(pane)
        let block = Block(title: PaneTitle.text(pane, state: state),
                          borderStyle: theme[focused ? .paneBorderFocused : .paneBorder],
                          titleStyle: theme[focused ? .paneTitleFocused : .paneTitle],
                          glyphs: context.glyphs.border)
        let inner = block.render(in: rect, buffer: &buffer)
        guard !inner.isEmpty else { return }
        if position.total == 0 {
            buffer.put(emptyText(pane, state: state), x: inner.x + 1, y: inner.y, style: theme[.muted], maxWidth: inner.width - 1)
            return
        }
        for row in 0..<inner.height {
            let index = position.top + row
            guard index < position.total else { break }
            let y = inner.y + row
            let line = self.line(pane, index: index, state: state, width: inner.width - 1, glyphs: context.glyphs)
            let selectionStyle = theme[focused && state.area == .list ? .selection : .selectionUnfocused]
            if index == position.selected {
                drawSelected(line, at: Rect(x: inner.x, y: y, width: inner.width, height: 1),
                             style: selectionStyle, theme: theme, into: &buffer)
            } else {
                buffer.draw(line, x: inner.x + 1, y: y, width: inner.width - 1, theme: theme)
            }
            if let id = state.row(at: index, in: pane)?.id, state.isMarked(id, in: pane) {
                // The mark sits in the gutter left of the row, so marking moves no column.
                buffer.put(context.glyphs.marked, x: inner.x, y: y,
                           style: index == position.selected ? selectionStyle : theme[.keyHint], maxWidth: 1)
            }
        }
    }

    /// Draws the selected row with its key columns (all but the free text at the end) in the
    /// selection style.
    ///
    /// A bar over the whole row would make every move re-send two whole rows; over SSH that is most
    /// of a j/k's cost (mutt has `arrow_cursor` for the same reason). The key columns alone stand
    /// out as clearly and keep a move within BRIEF §9's 200 bytes.
    static func drawSelected(_ line: StyledLine, at rect: Rect, style: Style, theme: Theme, into buffer: inout ScreenBuffer) {
        let key = line.count > 1 ? Array(line.dropLast()) : line
        let keyWidth = min(rect.width, 1 + key.reduce(0) { $0 + Formatters.width($1.text) })
        buffer.fill(Rect(x: rect.x, y: rect.y, width: keyWidth, height: 1), style: style)
        buffer.draw(key, x: rect.x + 1, y: rect.y, width: rect.width - 1, theme: theme, override: style)
        if line.count > 1, let last = line.last {
            buffer.draw([last], x: rect.x + keyWidth, y: rect.y, width: rect.width - keyWidth, theme: theme)
        }
    }

    /// The spans of row `index`, or a loading marker when that row is not loaded yet.
    static func line(_ pane: Pane, index: Int, state: AppState, width: Int, glyphs: Glyphs) -> StyledLine {
        let loading: StyledLine = [Span(glyphs.ellipsis, .muted)]
        switch pane {
        case .brands:
            guard state.brands.indices.contains(index) else { return loading }
            return BrandLine.glance(state.brands[index], filtered: state.brandFilter == state.brands[index].id, width: width, glyphs: glyphs)
        case .reviews:
            return state.reviews[index].map { ReviewLine.spans($0, width: width, now: state.now, glyphs: glyphs) } ?? loading
        case .complaints:
            return state.complaints[index].map { ComplaintLine.spans($0, width: width, now: state.now, glyphs: glyphs, hours: state.triageSettings.hours) } ?? loading
        case .followUps:
            return state.followUps[index].map { FollowUpLine.spans($0, width: width, now: state.now, glyphs: glyphs) } ?? loading
        }
    }

    static func emptyText(_ pane: Pane, state: AppState) -> String {
        let scope = state.brandFilterName.map { " for \($0)" } ?? ""
        if let query = state.triage.queries[pane], !query.isEmpty {
            return "Nothing\(scope) matches /\(query.text) · Esc clears the filter"
        }
        switch pane {
        case .brands: return "No brands yet: earshot import FILE adds them"
        case .reviews: return "Nothing customers said\(scope) yet"
        case .complaints: return "No complaints\(scope)"
        case .followUps: return "No follow-ups\(scope)"
        }
    }
}
