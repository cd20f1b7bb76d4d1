import Foundation

/// A change to one follow-up, applied as one transaction: every field left nil stays as it is.
///
/// Marking it done or skipped records when; marking it done also counts as the first response
/// to its complaint. `outcome` replaces the outcome note.
public struct FollowUpChange: Sendable, Hashable {
    public var status: FollowUpStatus?
    /// The new due day or time (rescheduling).
    public var due: Date?
    public var channel: FollowUpChannel?
    public var owner: Assignment?
    public var outcome: String?
    /// A note to append, written by the store's user.
    public var note: String?

    public init(status: FollowUpStatus? = nil, due: Date? = nil, channel: FollowUpChannel? = nil,
                owner: Assignment? = nil, outcome: String? = nil, note: String? = nil) {
        self.status = status
        self.due = due
        self.channel = channel
        self.owner = owner
        self.outcome = outcome
        self.note = note
    }

    public var isEmpty: Bool {
        status == nil && due == nil && channel == nil && owner == nil && outcome == nil && note == nil
    }
}
