/// Whether a follow-up is still to do.
public enum FollowUpStatus: String, Sendable, Hashable, CaseIterable {
    case todo, done, skipped
}
