import Store

extension Reducer {
    /// A list's count, asked for after the frame with its first rows: kept when the list still
    /// shows `filter` (a newer filter's count is on its way instead).
    static func countLoaded(_ pane: Pane, _ filter: ListFilter, total: Int, _ state: inout AppState) -> [Effect] {
        guard state.listFilter(for: pane) == filter, state.position(pane).isCounting else { return [] }
        return listLoaded(pane, total: total, &state)
    }
}
