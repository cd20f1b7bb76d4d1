extension Reducer {
    /// The most rows mark-all takes at once (the store loads their ids and versions).
    static let markAllLimit = 5_000

    /// Space: marks or unmarks the focused row and moves down (mutt's tag-and-advance).
    static func toggleMark(_ state: inout AppState) -> [Effect] {
        let pane = state.focus
        guard pane != .brands else {
            state.message = StatusMessage("Brands are not marked: f filters the other panes by one")
            return []
        }
        guard let row = state.row(at: state.position(pane).selected, in: pane) else { return [] }
        if state.triage.marks[pane]?[row.id] != nil {
            state.triage.marks[pane]?[row.id] = nil
        } else {
            state.triage.marks[pane, default: [:]][row.id] = row.version
        }
        state.message = marksMessage(pane, state)
        return run(.moveDown, in: &state)
    }

    /// Marks every row in the pane's view: the whole result of its filter.
    static func markAll(_ state: inout AppState) -> [Effect] {
        let pane = state.focus
        guard pane != .brands else { return toggleMark(&state) }
        return [.loadAllInView(pane, state.listFilter(for: pane), limit: markAllLimit)]
    }

    static func markAllLoaded(_ pane: Pane, rows: [String: Int], capped: Bool, _ state: inout AppState) -> [Effect] {
        state.triage.marks[pane, default: [:]].merge(rows) { _, loaded in loaded }
        let text = marksMessage(pane, state).text
        state.message = StatusMessage(capped ? "\(text) (the first \(markAllLimit); narrow the filter for the rest)" : text)
        return []
    }

    static func clearMarks(_ state: inout AppState) -> [Effect] {
        let count = state.triage.marks[state.focus]?.count ?? 0
        state.triage.marks[state.focus] = nil
        state.message = StatusMessage(count == 0 ? "No marks to clear" : "Cleared \(count) mark\(count == 1 ? "" : "s")")
        return []
    }

    static func marksMessage(_ pane: Pane, _ state: AppState) -> StatusMessage {
        let count = state.triage.marks[pane]?.count ?? 0
        if count == 0 { return StatusMessage("No \(pane.rowNoun) marked") }
        return StatusMessage("\(count) marked: actions apply to \(count == 1 ? "it" : "all \(count)") (U clears)")
    }
}
