import Foundation
import GRDB

extension EarshotStore {
    /// What the header line counts: new items, overdue follow-ups, open complaints.
    public func attention(now: Date) throws -> AttentionCounts {
        try attention(ListFilter(), now: now)
    }

    /// The header line's counts within a brand filter.
    public func attention(_ filter: ListFilter, now: Date) throws -> AttentionCounts {
        try reading { db in
            let brand = filter.brandRowID
            let brandClause = brand == nil ? "" : " AND brand_id = :brand"
            let arguments: StatementArguments = [
                "today": ISOTime.startOfDay(now.timeIntervalSince1970), "brand": brand,
            ]
            func count(_ sql: String) throws -> Int {
                try Int.fetchOne(db, sql: sql + brandClause, arguments: arguments) ?? 0
            }
            return AttentionCounts(
                newItems: try ItemCountSchema.count(db, brand: brand, status: "new"),
                overdueFollowUps: try count("SELECT COUNT(*) FROM followup WHERE status = 'todo' AND due < :today"),
                openComplaints: try count("SELECT COUNT(*) FROM complaint WHERE status IN ('open', 'waiting')"))
        }
    }
}
