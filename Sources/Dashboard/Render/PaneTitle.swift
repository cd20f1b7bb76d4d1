/// A pane's title: number, name and count, then what narrows or orders it and the marks.
///
/// `2 Reviews (3) /sentiment:neg · worst-rated · 2 marked`: the count is the filter's result.
enum PaneTitle {
    static func text(_ pane: Pane, state: AppState) -> String {
        var title = "\(pane.number) \(pane.title) (\(state.position(pane).countText))"
        if let query = state.triage.queries[pane] { title += " /" + query.text }
        if let order = state.triage.orders[pane] { title += " · " + order.rawValue }
        let marked = state.triage.marks[pane]?.count ?? 0
        if marked > 0 { title += " · \(marked) marked" }
        return title
    }
}
