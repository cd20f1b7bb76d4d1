/// How a follow-up reaches the customer.
public enum FollowUpChannel: String, Sendable, Hashable, CaseIterable {
    case call, email, visit, note, gift, other
}
