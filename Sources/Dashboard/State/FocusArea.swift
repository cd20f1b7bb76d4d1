/// Whether the keys move through the focused pane's list or scroll its detail view.
public enum FocusArea: Equatable, Sendable {
    case list
    case detail
}
