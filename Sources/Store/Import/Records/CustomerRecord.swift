/// A customer to import: display name, handles per source, contact and notes.
struct CustomerRecord: Sendable {
    var fileID: String?
    var name: String
    var handles: [(source: String, handle: String)]
    var contact: String?
    var notes: String?
}
