import Foundation
import GRDB

extension EarshotStore {
    /// How many follow-ups the Follow-ups list holds under `filter` (by their item's or complaint's brand).
    public func followUpCount(_ filter: ListFilter) throws -> Int {
        try followUpCount(filter, now: Date())
    }

    /// How many follow-ups match `filter`, with `is:overdue` and relative dates counted from `now`.
    public func followUpCount(_ filter: ListFilter, now: Date) throws -> Int {
        let query = try filter.sql(for: .followUps, user: user, now: now.timeIntervalSince1970)
        return try reading { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM followup f" + query.whereSQL,
                             arguments: query.statementArguments) ?? 0
        }
    }

    /// One page of the high-touch queue under the default urgency weights: to-do ranked by
    /// urgency at `now` (overdue first, then due soonest), then done and skipped.
    public func followUpRows(_ filter: ListFilter, offset: Int, limit: Int, now: Date) throws -> [FollowUpRow] {
        try followUpRows(filter, offset: offset, limit: limit, now: now, weights: UrgencyWeights())
    }

    /// Everything about one follow-up ("F7"); nil when there is no such follow-up. Urgency is as
    /// of now, under `weights` (the config's), with its breakdown.
    public func followUpDetail(id: String, weights: UrgencyWeights = UrgencyWeights()) throws -> FollowUpDetail? {
        guard let short = ShortID(id, kind: .followUp) else { return nil }
        return try reading { db in
            let today = ISOTime.startOfDay(Date().timeIntervalSince1970)
            guard let row = try Row.fetchOne(db, sql: FollowUpRow.selectSQL(today: today, weights: weights) + " WHERE f.id = ?",
                                             arguments: [short.number]) else { return nil }
            let itemID: Int64? = row["item_id"]
            let complaintID: Int64? = row["complaint_id"]
            return FollowUpDetail(
                row: FollowUpRow(row: row),
                outcome: row["outcome"],
                doneAt: SQLTime.date(row["done_at"] as Double?),
                item: try itemID.flatMap { try Row.fetchOne(db, sql: ReviewRow.selectSQL + " WHERE i.id = ?",
                                                            arguments: [$0]) }.map(ReviewRow.init(row:)),
                complaint: try complaintID.flatMap { try Self.complaintRow($0, db: db) },
                customerContact: row["customer_contact"],
                history: try Self.history(db, kind: .followUp, id: short.number))
        }
    }
}
