import Foundation
import GRDB

extension EarshotStore {
    /// One page of the high-touch queue ranked by urgency under `weights` (the config file's
    /// `urgency.*` coefficients): to-do first, most urgent first, then done and skipped (or
    /// the filter's sort choice). Each row carries its urgency breakdown.
    public func followUpRows(_ filter: ListFilter, offset: Int, limit: Int, now: Date,
                             weights: UrgencyWeights) throws -> [FollowUpRow] {
        var query = try filter.sql(for: .followUps, user: user, now: now.timeIntervalSince1970)
        let today = ISOTime.startOfDay(now.timeIntervalSince1970)
        let sql = FollowUpRow.selectSQL(today: today, weights: weights) + query.whereSQL
            + (filter.orderBySQL(for: .followUps) ?? FollowUpRow.orderSQL) + " LIMIT ? OFFSET ?"
        query.arguments += [max(0, limit), max(0, offset)]
        return try reading { db in
            try Row.fetchAll(db, sql: sql, arguments: query.statementArguments).map(FollowUpRow.init(row:))
        }
    }

    /// One follow-up's row ("F7") with its urgency and breakdown at `now` under `weights`;
    /// nil when there is none. The detail view's urgency section.
    public func followUpRow(id: String, now: Date, weights: UrgencyWeights) throws -> FollowUpRow? {
        guard let short = ShortID(id, kind: .followUp) else { return nil }
        let sql = FollowUpRow.selectSQL(today: ISOTime.startOfDay(now.timeIntervalSince1970), weights: weights)
            + " WHERE f.id = ?"
        return try reading { db in
            try Row.fetchOne(db, sql: sql, arguments: [short.number]).map(FollowUpRow.init(row:))
        }
    }
}
