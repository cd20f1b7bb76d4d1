import GRDB

/// Which rows an export writes: everything, or the items a query matches and what they need
/// to import on their own (their brands and customers, the complaints that link them, and the
/// follow-ups of those items and complaints).
struct ExportSelection {
    /// nil: every row of every table.
    var items: Set<Int64>?
    var complaints: Set<Int64> = []
    var followUps: Set<Int64> = []
    var brands: Set<Int64> = []
    var customers: Set<Int64> = []

    /// The WHERE clause and arguments of the items to export.
    var itemSQL: QuerySQL

    static func make(_ db: Database, query: Query, user: String, now: Double) throws -> ExportSelection {
        let sql = try QueryCompiler(list: .reviews, user: user, now: now).compile(query)
        guard !query.isEmpty else { return ExportSelection(items: nil, itemSQL: sql) }
        let items = Set(try Int64.fetchAll(db, sql: "SELECT i.id FROM item i" + sql.whereSQL,
                                           arguments: sql.statementArguments))
        var selection = ExportSelection(items: items, itemSQL: sql)
        let itemIDs = Array(items)
        selection.complaints = Set(try RelatedRows.load(db, "SELECT complaint_id FROM complaint_item WHERE item_id IN (IDS)",
                                                        ids: itemIDs).keys)
        let complaintIDs = Array(selection.complaints)
        selection.followUps = Set(try RelatedRows.load(db, "SELECT id FROM followup WHERE item_id IN (IDS)", ids: itemIDs).keys)
            .union(try RelatedRows.load(db, "SELECT id FROM followup WHERE complaint_id IN (IDS)", ids: complaintIDs).keys)
        for (sql, ids) in [("SELECT brand_id, customer_id FROM item WHERE id IN (IDS)", itemIDs),
                           ("SELECT brand_id, customer_id FROM complaint WHERE id IN (IDS)", complaintIDs),
                           ("SELECT brand_id, customer_id FROM followup WHERE id IN (IDS)", Array(selection.followUps))] {
            try selection.addReferences(db, sql.replacingOccurrences(of: "SELECT brand_id", with: "SELECT id, brand_id"),
                                        ids: ids)
        }
        return selection
    }

    private mutating func addReferences(_ db: Database, _ sql: String, ids: [Int64]) throws {
        for rows in try RelatedRows.load(db, sql, ids: ids).values {
            for row in rows {
                if let brand: Int64 = row["brand_id"] { brands.insert(brand) }
                if let customer: Int64 = row["customer_id"] { customers.insert(customer) }
            }
        }
    }

    /// True when the row of `kind` is exported.
    func includes(_ kind: EntityKind, _ id: Int64) -> Bool {
        guard items != nil else { return true }
        switch kind {
        case .item: return items?.contains(id) ?? true
        case .complaint: return complaints.contains(id)
        case .followUp: return followUps.contains(id)
        case .brand: return brands.contains(id)
        case .customer: return customers.contains(id)
        }
    }
}
