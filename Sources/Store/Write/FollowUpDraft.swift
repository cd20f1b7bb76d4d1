import Foundation

/// What a new follow-up starts with: when, how, by whom and why.
public struct FollowUpDraft: Sendable, Hashable {
    public var due: Date
    public var channel: FollowUpChannel
    /// nil: the store's user.
    public var owner: String?
    /// Why (shown in the queue); nil: "Follow up on R12" naming what it came from.
    public var reason: String?

    public init(due: Date, channel: FollowUpChannel, owner: String? = nil, reason: String? = nil) {
        self.due = due
        self.channel = channel
        self.owner = owner
        self.reason = reason
    }
}
