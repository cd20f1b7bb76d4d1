/// Where a complaint stands.
public enum ComplaintStatus: String, Sendable, Hashable, CaseIterable {
    case open, waiting, resolved
}
