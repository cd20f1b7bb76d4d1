/// One window of checked, tagged records on their way from the reading thread to the writer,
/// with the file ids of the records rejected while they were read.
struct ImportBatch: Sendable {
    var records: [ImportRecord] = []
    var rejectedIDs: [RejectedID] = []

    /// A file id whose record was rejected while reading, and the record's line.
    struct RejectedID: Sendable {
        var kind: EntityKind
        var fileID: String
        var line: Int
    }
}
