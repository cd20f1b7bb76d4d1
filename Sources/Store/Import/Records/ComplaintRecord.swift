/// A complaint to import, linked to the items it came from.
struct ComplaintRecord: Sendable {
    var fileID: String?
    var brand: RecordReference?
    var customer: RecordReference?
    /// True when the record names its customer, even as null: then the customer is not taken
    /// from its first item.
    var customerGiven: Bool
    var items: [RecordReference]
    var category: String
    var summary: String
    var severity: String
    var status: String
    var opened: Double
    var firstResponseDue: Double?
    var resolutionDue: Double?
    var firstResponseAt: Double?
    var resolvedAt: Double?
    var resolution: String?
    var owner: String?
    var notes: [NoteRecord]
}
