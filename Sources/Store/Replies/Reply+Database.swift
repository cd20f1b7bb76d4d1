import GRDB

extension Reply {
    static let selectSQL = """
        SELECT item_id, author, text, template, status, created, updated, sent_at, sent_by, version FROM reply
        """

    init(row: Row) {
        self.init(itemID: EntityKind.item.prefix + String(row["item_id"] as Int64), author: row["author"],
                  text: row["text"], template: row["template"],
                  status: ReplyStatus(rawValue: row["status"]) ?? .draft,
                  created: SQLTime.date(row["created"] as Double), updated: SQLTime.date(row["updated"] as Double),
                  sentAt: SQLTime.date(row["sent_at"] as Double?), sentBy: row["sent_by"], version: row["version"])
    }

    /// The reply to item `item` (a row id), if it has one.
    static func fetch(_ db: Database, item: Int64) throws -> Reply? {
        try Row.fetchOne(db, sql: selectSQL + " WHERE item_id = ?", arguments: [item]).map(Reply.init(row:))
    }
}
