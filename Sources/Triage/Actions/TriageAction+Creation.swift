extension TriageAction {
    /// True for the actions that create an entity (a complaint, a follow-up) rather than
    /// change the one they are applied to; they cannot be combined with other actions.
    public var createsEntity: Bool {
        switch self {
        case .complain, .followUp: return true
        default: return false
        }
    }

    /// True for the actions on an item's reply, which go together but with no other change.
    public var isReply: Bool {
        switch self {
        case .reply, .replySent: return true
        default: return false
        }
    }
}
