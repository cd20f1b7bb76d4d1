import GRDB

extension ComplaintRow {
    /// The columns `init(row:itemIDs:)` reads.
    static let selectSQL = """
        SELECT c.id, c.brand_id, b.name AS brand_name, cu.name AS customer_name, c.category, c.summary,
            c.severity, c.status, c.opened, c.first_response_due, c.resolution_due, c.first_response_at,
            c.resolved_at, c.owner, c.version
        FROM complaint c JOIN brand b ON b.id = c.brand_id LEFT JOIN customer cu ON cu.id = c.customer_id
        """

    init(row: Row, itemIDs: [String]) {
        self.init(
            id: EntityKind.complaint.prefix + String(row["id"] as Int64),
            brandID: EntityKind.brand.prefix + String(row["brand_id"] as Int64),
            brandName: row["brand_name"],
            customerName: row["customer_name"],
            category: row["category"],
            summary: row["summary"],
            severity: row["severity"],
            status: row["status"],
            opened: SQLTime.date(row["opened"] as Double),
            firstResponseDue: SQLTime.date(row["first_response_due"] as Double?),
            resolutionDue: SQLTime.date(row["resolution_due"] as Double?),
            firstResponseAt: SQLTime.date(row["first_response_at"] as Double?),
            resolvedAt: SQLTime.date(row["resolved_at"] as Double?),
            owner: row["owner"],
            itemIDs: itemIDs,
            version: row["version"])
    }

    /// Complaint rows for fetched rows, with their linked item ids in one query.
    static func rows(_ rows: [Row], db: Database) throws -> [ComplaintRow] {
        guard !rows.isEmpty else { return [] }
        let ids = rows.map { $0["id"] as Int64 }
        let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ",")
        var items: [Int64: [String]] = [:]
        for link in try Row.fetchAll(db, sql: """
            SELECT complaint_id, item_id FROM complaint_item WHERE complaint_id IN (\(placeholders))
            ORDER BY complaint_id, item_id
            """, arguments: StatementArguments(ids)) {
            items[link[0], default: []].append(EntityKind.item.prefix + String(link[1] as Int64))
        }
        return rows.map { ComplaintRow(row: $0, itemIDs: items[$0["id"] as Int64] ?? []) }
    }
}
