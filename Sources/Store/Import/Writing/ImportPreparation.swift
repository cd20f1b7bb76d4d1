/// What reading every input found besides the records: rejections, warnings and the order of the inputs.
struct ImportPreparation: Sendable {
    var rejections: [Rejection] = []
    var warnings: [String] = []
    /// Input name → its position, to report errors in the order of the inputs.
    var fileOrder: [String: Int] = [:]
}
