/// How soon an item needs someone's attention.
public enum ItemPriority: String, Sendable, Hashable, CaseIterable {
    case low, normal, high, urgent
}
