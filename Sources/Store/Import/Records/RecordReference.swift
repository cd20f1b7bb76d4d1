/// A reference from one record to another, as written ("B1", "R12", or a brand's name), with
/// the field and line it was written in.
struct RecordReference: Sendable, Hashable {
    var text: String
    var field: String
    var line: Int
}
