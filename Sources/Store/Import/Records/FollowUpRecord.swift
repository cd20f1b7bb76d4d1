/// A high-touch follow-up to import: whom to contact, how, by when and why.
struct FollowUpRecord: Sendable {
    var fileID: String?
    var customer: RecordReference?
    var item: RecordReference?
    var complaint: RecordReference?
    var owner: String?
    var channel: String
    var due: Double
    var status: String
    var reason: String
    var outcome: String?
    var doneAt: Double?
}
