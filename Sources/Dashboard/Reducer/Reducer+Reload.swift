extension Reducer {
    /// Reloads everything on screen (after a change here or in another session), keeping each
    /// pane's selected row by id so that nobody is moved off what they are looking at.
    static func reloadAll(_ state: inout AppState) -> [Effect] {
        var effects: [Effect] = [.loadBrands, .loadAttention(state.listFilter)]
        for pane in [Pane.reviews, .complaints, .followUps] {
            if let id = state.selectedID(in: pane) { state.triage.keepSelected[pane] = id }
            let position = state.position(pane)
            let size = windowSize(for: pane, in: state)
            let rows = layout(of: state).visibleRows(pane)
            let offset = max(0, position.top - (size - rows) / 2)
            effects.append(.loadRows(pane, state.listFilter(for: pane), offset: offset, limit: size))
        }
        if let detail = state.detail, detail.pane != .brands {
            effects.append(.loadDetail(detail.pane, id: detail.id))
        }
        return effects
    }

    /// After a reload: puts the selection back on the row it was on, wherever that row now is
    /// in the loaded window (rows above it may have come or gone).
    static func restoreSelection(_ pane: Pane, _ state: inout AppState) {
        guard let id = state.triage.keepSelected.removeValue(forKey: pane) else { return }
        let window: (offset: Int, ids: [String])
        switch pane {
        case .brands: return
        case .reviews: window = (state.reviews.offset, state.reviews.rows.map(\.id))
        case .complaints: window = (state.complaints.offset, state.complaints.rows.map(\.id))
        case .followUps: window = (state.followUps.offset, state.followUps.rows.map(\.id))
        }
        guard let index = window.ids.firstIndex(of: id) else { return }
        let moved = window.offset + index
        let shift = moved - state.position(pane).selected
        state.positions[pane, default: ListPosition()].selected = moved
        state.positions[pane, default: ListPosition()].top += shift
    }
}
