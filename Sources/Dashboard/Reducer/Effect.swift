import Store

/// Work the reducer asks for; only the run loop performs it, and answers with actions.
public enum Effect: Equatable, Sendable {
    case loadBrands
    /// The header's counts, for the brand filter in force.
    case loadAttention(ListFilter)
    /// Load `limit` rows of `pane`'s list from `offset`, and its total.
    case loadRows(Pane, ListFilter, offset: Int, limit: Int)
    case loadDetail(Pane, id: String)
    /// Repaint the whole terminal (Ctrl-L).
    case redraw
    /// Give the terminal back to the shell until `fg`.
    case suspend
    case quit
}
