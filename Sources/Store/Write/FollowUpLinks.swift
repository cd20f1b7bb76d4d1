import GRDB

/// What a new follow-up links to, worked out from the entity it is planned for.
struct FollowUpLinks {
    var brand: Int64?
    var customer: Int64?
    var item: Int64?
    var complaint: Int64?

    static func resolve(_ target: ShortID, db: Database) throws -> FollowUpLinks {
        switch target.kind {
        case .item:
            guard let row = try Row.fetchOne(db, sql: "SELECT brand_id, customer_id FROM item WHERE id = ?",
                                             arguments: [target.number]) else { throw StoreError.unknownID(target.description) }
            let complaint = try Int64.fetchOne(db, sql: """
                SELECT c.id FROM complaint c JOIN complaint_item ci ON ci.complaint_id = c.id
                WHERE ci.item_id = ? AND c.status != 'resolved' ORDER BY c.id DESC LIMIT 1
                """, arguments: [target.number])
            return FollowUpLinks(brand: row["brand_id"], customer: row["customer_id"], item: target.number,
                                 complaint: complaint)
        case .complaint:
            guard let row = try Row.fetchOne(db, sql: "SELECT brand_id, customer_id FROM complaint WHERE id = ?",
                                             arguments: [target.number]) else { throw StoreError.unknownID(target.description) }
            let item = try Int64.fetchOne(db, sql: "SELECT MIN(item_id) FROM complaint_item WHERE complaint_id = ?",
                                          arguments: [target.number])
            return FollowUpLinks(brand: row["brand_id"], customer: row["customer_id"], item: item, complaint: target.number)
        default:
            guard try Int.fetchOne(db, sql: "SELECT 1 FROM customer WHERE id = ?", arguments: [target.number]) != nil else {
                throw StoreError.unknownID(target.description)
            }
            let own = try Int64.fetchAll(db, sql: "SELECT id FROM brand WHERE own = 1 LIMIT 2")
            return FollowUpLinks(brand: own.count == 1 ? own[0] : nil, customer: target.number)
        }
    }
}
