/// The four panes of the dashboard, in the order of their number keys.
public enum Pane: String, CaseIterable, Sendable, Hashable {
    case brands, reviews, complaints, followUps = "followups"

    /// The title drawn on the pane's border.
    public var title: String {
        switch self {
        case .brands: return "Brands"
        case .reviews: return "Reviews"
        case .complaints: return "Complaints"
        case .followUps: return "Follow-ups"
        }
    }

    /// The pane's number key, 1 to 4.
    public var number: Int { (Pane.allCases.firstIndex(of: self) ?? 0) + 1 }

    /// The next pane, wrapping around; `by` may be negative.
    public func advanced(by step: Int) -> Pane {
        let all = Pane.allCases
        let index = all.firstIndex(of: self) ?? 0
        return all[((index + step) % all.count + all.count) % all.count]
    }
}
