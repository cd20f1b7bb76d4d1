import Store

extension Pane {
    /// The list its query filters.
    var queryList: QueryList {
        switch self {
        case .brands: return .brands
        case .reviews: return .reviews
        case .complaints: return .complaints
        case .followUps: return .followUps
        }
    }

    /// What its rows are called in messages.
    var rowNoun: String {
        switch self {
        case .brands: return "brands"
        case .reviews: return "items"
        case .complaints: return "complaints"
        case .followUps: return "follow-ups"
        }
    }
}
