extension TriageAction {
    /// True for the actions that create an entity (a complaint, a follow-up) rather than
    /// change the one they are applied to; they cannot be combined with other actions.
    public var createsEntity: Bool {
        switch self {
        case .complain, .followUp: return true
        default: return false
        }
    }
}
