/// Where a key binding applies. Lookup goes from the most specific scope to `global`.
public enum KeyScope: String, CaseIterable, Sendable, Hashable {
    case global
    case brands, reviews, complaints, followups
    /// The detail view of any pane.
    case detail
    /// The help overlay.
    case help

    /// The scope of a pane's list.
    public init(_ pane: Pane) {
        switch pane {
        case .brands: self = .brands
        case .reviews: self = .reviews
        case .complaints: self = .complaints
        case .followUps: self = .followups
        }
    }
}
