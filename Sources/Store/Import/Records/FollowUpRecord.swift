/// A high-touch follow-up to import: whom to contact, how, by when and why.
struct FollowUpRecord: Sendable {
    var fileID: String?
    var customer: RecordReference?
    /// True when the record names its customer, even as null: then the customer is not taken
    /// from its item or complaint.
    var customerGiven: Bool
    var item: RecordReference?
    var complaint: RecordReference?
    var owner: String?
    var channel: String
    var due: Double
    var status: String
    var reason: String
    var outcome: String?
    var doneAt: Double?
    var notes: [NoteRecord]
}
