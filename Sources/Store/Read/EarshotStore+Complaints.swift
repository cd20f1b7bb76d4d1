import Foundation
import GRDB

extension EarshotStore {
    /// How many complaints the Complaints list holds under `filter`.
    public func complaintCount(_ filter: ListFilter) throws -> Int {
        let query = try filter.sql(for: .complaints, user: user, now: Date().timeIntervalSince1970)
        return try reading { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM complaint c" + query.whereSQL,
                             arguments: query.statementArguments) ?? 0
        }
    }

    /// One page of complaints: open and waiting first, then resolved; each group by resolution
    /// deadline, soonest first, those without a deadline last (unless `filter.order` says otherwise).
    public func complaintRows(_ filter: ListFilter, offset: Int, limit: Int) throws -> [ComplaintRow] {
        var query = try filter.sql(for: .complaints, user: user, now: Date().timeIntervalSince1970)
        let sql = ComplaintRow.selectSQL + query.whereSQL + (filter.orderBySQL(for: .complaints) ?? """
             ORDER BY c.status = 'resolved', c.resolution_due IS NULL, c.resolution_due, c.id
            """) + " LIMIT ? OFFSET ?"
        query.arguments += [max(0, limit), max(0, offset)]
        return try reading { db in
            try ComplaintRow.rows(Row.fetchAll(db, sql: sql, arguments: query.statementArguments), db: db)
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
