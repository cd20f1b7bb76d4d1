import TerminalUI

extension Reducer {
    /// Rows one turn of the wheel moves, as in most terminal programs.
    static let wheelStep = 3

    /// A click selects what is under the pointer; the wheel scrolls what is under it.
    ///
    /// The pointer decides, not the focus: a click on another pane focuses it and selects the row
    /// clicked, as in tig and lazygit. Clicks on the header, status line or a border only focus.
    static func mouse(_ event: MouseEvent, _ state: inout AppState) -> [Effect] {
        state.message = nil
        let layout = layout(of: state)
        guard !layout.isTooSmall else { return [] }
        if state.showingHelp {
            return event.kind == .click ? [] : wheel(event.kind, &state)
        }
        if let detail = layout.detail, detail.contains(x: event.x, y: event.y), state.detail != nil {
            state.area = .detail
            return event.kind == .click ? rescrollAll(&state) : wheel(event.kind, &state)
        }
        guard let (pane, rect) = layout.panes.first(where: { $0.value.contains(x: event.x, y: event.y) }) else { return [] }
        var effects: [Effect] = []
        if state.focus != pane || state.area != .list { effects += focus(pane, &state) }
        switch event.kind {
        case .wheelUp, .wheelDown:
            return effects + wheel(event.kind, &state)
        case .click:
            let row = event.y - rect.y - 1
            guard row >= 0, row < layout.visibleRows(pane) else { return effects }
            let index = state.position(pane).top + row
            guard index < state.position(pane).total else { return effects }
            return effects + move(&state) { position, rows in position.select(index, visibleRows: rows) }
        }
    }

    private static func wheel(_ kind: MouseEvent.Kind, _ state: inout AppState) -> [Effect] {
        let delta = kind == .wheelUp ? -wheelStep : wheelStep
        return move(&state) { position, rows in position.move(by: delta, visibleRows: rows) }
    }
}
