import GRDB

extension EarshotStore {
    /// How many complaints the Complaints list holds under `filter`.
    public func complaintCount(_ filter: ListFilter) throws -> Int {
        try reading { db in
            if let brand = filter.brandRowID {
                return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM complaint WHERE brand_id = ?",
                                        arguments: [brand]) ?? 0
            }
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM complaint") ?? 0
        }
    }

    /// One page of complaints: open and waiting first, then resolved; each group by resolution
    /// deadline, soonest first, those without a deadline last.
    public func complaintRows(_ filter: ListFilter, offset: Int, limit: Int) throws -> [ComplaintRow] {
        try reading { db in
            var sql = ComplaintRow.selectSQL
            var arguments: StatementArguments = []
            if let brand = filter.brandRowID {
                sql += " WHERE c.brand_id = ?"
                arguments += [brand]
            }
            sql += """
                 ORDER BY c.status = 'resolved', c.resolution_due IS NULL, c.resolution_due, c.id
                 LIMIT ? OFFSET ?
                """
            arguments += [max(0, limit), max(0, offset)]
            return try ComplaintRow.rows(Row.fetchAll(db, sql: sql, arguments: arguments), db: db)
        }
    }

    /// Everything about one complaint ("C3"); nil when there is no such complaint.
    public func complaintDetail(id: String) throws -> ComplaintDetail? {
        guard let short = ShortID(id, kind: .complaint) else { return nil }
        return try reading { db in
            guard let row = try Self.complaintRow(short.number, db: db) else { return nil }
            let items = try Row.fetchAll(db, sql: ReviewRow.selectSQL + """
                 WHERE i.id IN (SELECT item_id FROM complaint_item WHERE complaint_id = ?)
                 ORDER BY i.posted DESC, i.id DESC
                """, arguments: [short.number]).map(ReviewRow.init(row:))
            return ComplaintDetail(
                row: row,
                resolution: try String.fetchOne(db, sql: "SELECT resolution FROM complaint WHERE id = ?",
                                                arguments: [short.number]),
                items: items,
                followUpIDs: try Int64.fetchAll(db, sql: "SELECT id FROM followup WHERE complaint_id = ? ORDER BY id",
                                                arguments: [short.number]).map { EntityKind.followUp.prefix + String($0) },
                history: try Self.history(db, kind: .complaint, id: short.number))
        }
    }

    static func complaintRow(_ id: Int64, db: Database) throws -> ComplaintRow? {
        try ComplaintRow.rows(Row.fetchAll(db, sql: ComplaintRow.selectSQL + " WHERE c.id = ?", arguments: [id]), db: db).first
    }
}
