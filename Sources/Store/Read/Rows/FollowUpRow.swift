import Foundation

/// One follow-up in the high-touch queue.
public struct FollowUpRow: Sendable, Hashable {
    public var id: String
    public var customerID: String?
    public var customerName: String?
    /// The brand of the linked item or complaint (the own brand for one with only a customer).
    public var brandID: String?
    /// call, email, visit, note, gift or other.
    public var channel: String
    /// The due day's start (UTC) for a date, or the exact time when one was given.
    public var due: Date
    /// todo, done or skipped.
    public var status: String
    public var owner: String?
    public var reason: String
    public var itemID: String?
    public var complaintID: String?
    /// Higher is more urgent (see `UrgencyWeights`); 0 for done and skipped follow-ups.
    public var urgency: Double
    /// The follow-up's version: pass it as `expectedVersion` when applying a change read from this row.
    public var version: Int
    /// What each term added to `urgency` (empty when done or skipped), for the detail view.
    public var urgencyBreakdown: UrgencyBreakdown

    public init(id: String, customerID: String?, customerName: String?, brandID: String?, channel: String,
                due: Date, status: String, owner: String?, reason: String, itemID: String?, complaintID: String?,
                urgency: Double, version: Int = 1, urgencyBreakdown: UrgencyBreakdown = UrgencyBreakdown()) {
        self.id = id
        self.customerID = customerID
        self.customerName = customerName
        self.brandID = brandID
        self.channel = channel
        self.due = due
        self.status = status
        self.owner = owner
        self.reason = reason
        self.itemID = itemID
        self.complaintID = complaintID
        self.urgency = urgency
        self.version = version
        self.urgencyBreakdown = urgencyBreakdown
    }
}
