import Foundation
import GRDB

extension EarshotStore {
    /// What a reply to item `itemID` ("R12") is about (for templates and the reply check).
    ///
    /// - Throws: `StoreError.unknownID` when there is no such item.
    public func replySubject(for itemID: String) throws -> ReplySubject {
        let item = try Self.rowID(itemID, .item)
        return try reading { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT i.brand_id, b.name AS brand_name, COALESCE(p.name, i.author) AS person, i.rating, i.score,
                    i.source, i.url, i.posted, i.assignee, \(BrandStatsSQL.complaint("i")) AS is_complaint
                FROM item i JOIN brand b ON b.id = i.brand_id LEFT JOIN customer p ON p.id = i.customer_id
                WHERE i.id = ?
                """, arguments: [item]) else { throw StoreError.unknownID(itemID) }
            let complaint = try Row.fetchOne(db, sql: """
                SELECT c.category, c.owner FROM complaint c JOIN complaint_item ci ON ci.complaint_id = c.id
                WHERE ci.item_id = ? ORDER BY c.status = 'resolved', c.id DESC LIMIT 1
                """, arguments: [item])
            let aspect = try String.fetchOne(db, sql: """
                SELECT aspect FROM item_aspect WHERE item_id = ? AND (score < -0.05 OR score > 0.05)
                ORDER BY score < -0.05 DESC, ABS(score) DESC, aspect LIMIT 1
                """, arguments: [item])
            let brand: Int64 = row["brand_id"]
            let competitors = try String.fetchAll(db, sql: """
                SELECT name FROM brand WHERE own = 0 AND id != ?1
                UNION SELECT a.alias FROM brand_alias a JOIN brand b ON b.id = a.brand_id WHERE b.own = 0 AND b.id != ?1
                ORDER BY 1
                """, arguments: [brand])
            return ReplySubject(
                itemID: EntityKind.item.prefix + String(item), brandName: row["brand_name"], personName: row["person"],
                rating: row["rating"], score: row["score"], source: row["source"], url: row["url"],
                posted: SQLTime.date(row["posted"] as Double), aspect: complaint?["category"] ?? aspect,
                owner: complaint?["owner"] ?? row["assignee"], isComplaint: row["is_complaint"], competitors: competitors)
        }
    }
}
