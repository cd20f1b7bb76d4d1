/// The lists a query can filter: each decides which keys apply and what they match.
public enum QueryList: String, Sendable, Hashable, CaseIterable {
    case reviews, complaints, followUps, brands

    /// What users call it in messages.
    var noun: String {
        switch self {
        case .reviews: return "reviews"
        case .complaints: return "complaints"
        case .followUps: return "follow-ups"
        case .brands: return "brands"
        }
    }
}
