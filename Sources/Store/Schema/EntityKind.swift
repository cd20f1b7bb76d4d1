/// The kinds of entity that have a short id, each with its one-letter prefix.
public enum EntityKind: String, Sendable, Hashable, CaseIterable {
    case item = "R"
    case complaint = "C"
    case followUp = "F"
    case brand = "B"
    case customer = "P"

    /// The letter users type before the number ("R" in R123).
    public var prefix: String { rawValue }

    /// The table that holds this kind's rows.
    var table: String {
        switch self {
        case .item: return "item"
        case .complaint: return "complaint"
        case .followUp: return "followup"
        case .brand: return "brand"
        case .customer: return "customer"
        }
    }
}
