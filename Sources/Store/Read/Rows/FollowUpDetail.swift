import Foundation

/// Everything the Follow-ups pane's detail view shows about one follow-up.
public struct FollowUpDetail: Sendable, Hashable {
    public var row: FollowUpRow
    public var outcome: String?
    public var doneAt: Date?
    public var item: ReviewRow?
    public var complaint: ComplaintRow?
    /// How to reach the customer (email, phone), when known.
    public var customerContact: String?
    /// Oldest first.
    public var history: [HistoryEvent]

    public init(row: FollowUpRow, outcome: String?, doneAt: Date?, item: ReviewRow?, complaint: ComplaintRow?,
                customerContact: String?, history: [HistoryEvent]) {
        self.row = row
        self.outcome = outcome
        self.doneAt = doneAt
        self.item = item
        self.complaint = complaint
        self.customerContact = customerContact
        self.history = history
    }
}
