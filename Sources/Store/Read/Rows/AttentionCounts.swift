/// What the header line counts as needing attention.
public struct AttentionCounts: Sendable, Hashable {
    /// Items nobody has triaged yet (status new).
    public var newItems: Int
    /// To-do follow-ups whose due day has passed.
    public var overdueFollowUps: Int
    /// Complaints not resolved (open or waiting).
    public var openComplaints: Int

    public init(newItems: Int, overdueFollowUps: Int, openComplaints: Int) {
        self.newItems = newItems
        self.overdueFollowUps = overdueFollowUps
        self.openComplaints = openComplaints
    }
}
