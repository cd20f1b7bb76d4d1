import GRDB

/// Everything in the store that belongs to one customer: their items, the complaints about
/// those items or opened for them, and the follow-ups planned for any of these.
struct CustomerScope {
    var customer: Int64
    var items: [Int64]
    var complaints: [Int64]
    var followUps: [Int64]

    static func find(_ db: Database, customer: Int64) throws -> CustomerScope? {
        guard try Int.fetchOne(db, sql: "SELECT 1 FROM customer WHERE id = ?", arguments: [customer]) != nil else {
            return nil
        }
        let items = try Int64.fetchAll(db, sql: "SELECT id FROM item WHERE customer_id = ? ORDER BY id", arguments: [customer])
        let complaints = try Int64.fetchAll(db, sql: """
            SELECT id FROM complaint WHERE customer_id = ?1
            UNION SELECT ci.complaint_id FROM complaint_item ci JOIN item i ON i.id = ci.item_id WHERE i.customer_id = ?1
            ORDER BY 1
            """, arguments: [customer])
        let linked = complaints.map(String.init).joined(separator: ",")
        let followUps = try Int64.fetchAll(db, sql: """
            SELECT f.id FROM followup f LEFT JOIN item i ON i.id = f.item_id
            WHERE f.customer_id = ?1 OR i.customer_id = ?1 OR f.complaint_id IN (\(linked.isEmpty ? "NULL" : linked))
            ORDER BY f.id
            """, arguments: [customer])
        return CustomerScope(customer: customer, items: items, complaints: complaints, followUps: followUps)
    }

    /// Every entity of the scope with its kind: the customer first.
    var entities: [(kind: EntityKind, id: Int64)] {
        [(EntityKind.customer, customer)] + items.map { (.item, $0) } + complaints.map { (.complaint, $0) }
            + followUps.map { (.followUp, $0) }
    }
}
