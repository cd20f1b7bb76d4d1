import GRDB

/// The columns of a complaint created through the write API.
struct NewComplaint {
    var brand: Int64
    var customer: Int64?
    var category: String
    var summary: String
    var severity: ComplaintSeverity
    var opened: Double
    var firstResponseDue: Double
    var resolutionDue: Double
    var owner: String

    /// Inserts it with its item links and import's content key (so importing an export of it
    /// later adds nothing); returns its row id.
    func insert(_ db: Database, items: [Int64]) throws -> Int64 {
        let key = ContentKey.complaint(brand: brand, customer: customer, category: category, summary: summary,
                                       opened: opened)
        let id = try EarshotStore.unusedID(db, .complaint)
        try db.execute(sql: """
            INSERT INTO complaint (id, brand_id, customer_id, category, summary, severity, status, opened,
                first_response_due, resolution_due, owner, dedupe_key)
            VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?)
            """, arguments: [id, brand, customer, category, summary, severity.rawValue, opened, firstResponseDue,
                             resolutionDue, owner, key])
        for item in items {
            try db.execute(sql: "INSERT INTO complaint_item (complaint_id, item_id) VALUES (?, ?)", arguments: [id, item])
        }
        return id
    }
}
