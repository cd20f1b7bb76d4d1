/// The records read and checked from every input, before the write transaction.
struct ImportPreparation {
    var records: [ImportRecord] = []
    var rejections: [Rejection] = []
    var warnings: [String] = []
    /// Input name → its position, to report errors in the order of the inputs.
    var fileOrder: [String: Int] = [:]
    /// File ids of records rejected while reading, with their lines.
    var rejectedIDs: [(kind: EntityKind, fileID: String, line: Int)] = []
}
