/// What forgetting a customer removed, and whether every trace left the store's files.
public struct CustomerForgetReport: Sendable, Hashable {
    public var customerID: String
    public var items = 0
    public var complaints = 0
    public var followUps = 0
    public var notes = 0
    public var replies = 0
    public var handles = 0
    /// History entries whose text was blanked.
    public var events = 0
    /// False when another session was reading the store, so the write-ahead log could not be
    /// emptied: old copies of pages may stay in it until every session has closed.
    public var walCleared = true

    public init(customerID: String) {
        self.customerID = customerID
    }

    /// "3 items, 1 complaint, 2 follow-ups, 4 notes, 1 reply": what the history records.
    public var summary: String {
        [(items, "item"), (complaints, "complaint"), (followUps, "follow-up"), (notes, "note"), (replies, "reply")]
            .map { count, noun in "\(count) \(count == 1 ? noun : noun == "reply" ? "replies" : noun + "s")" }
            .joined(separator: ", ")
    }
}
