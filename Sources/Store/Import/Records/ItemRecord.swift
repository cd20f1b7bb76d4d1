/// A voice item to import, with its sentiment once tagged.
struct ItemRecord: Sendable {
    var fileID: String?
    var brand: RecordReference?
    var kind: String
    var source: String
    var externalID: String?
    var url: String?
    var author: String
    var customer: RecordReference?
    /// True when the record does not mention a customer at all (not even `null`): the author's
    /// handle may then link the item to a known customer.
    var mayLinkByHandle: Bool
    var rating: Int?
    var title: String?
    var text: String
    var language: String?
    /// Seconds since 1970; nil when the file gave no time (the import time is used).
    var posted: Double?
    var status: String
    var waitingUntil: Double?
    var duplicateOf: RecordReference?
    var priority: String
    var assignee: String?
    var tags: [String]
    var notes: [NoteRecord]
    /// Filled in by tagging, just before the record's window is written.
    var sentiment: TaggedSentiment?
}
