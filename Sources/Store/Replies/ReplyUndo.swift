import GRDB

/// Undoing the reply events of a change group (`reply`, `reply status`), which live in the
/// item's history but change the `reply` table.
enum ReplyUndo {
    /// The event fields that change a reply.
    static let fields: Set<String> = ["reply", "reply status"]

    /// Puts the reply of `item` back as it was before `event`, unless it has changed since
    /// (then it is left alone: the newer text is never thrown away).
    static func revert(_ event: UndoEvent, item: Int64, db: Database, session: inout ChangeSession) throws {
        let current = try Reply.fetch(db, item: item)
        switch event.field {
        case "reply":
            guard current?.text == event.after else { return }
            if let before = event.before {
                try db.execute(sql: "UPDATE reply SET text = ?, version = version + 1 WHERE item_id = ?",
                               arguments: [before, item])
            } else {
                try db.execute(sql: "DELETE FROM reply WHERE item_id = ?", arguments: [item])
            }
        default:
            guard current?.status.rawValue == event.after, let before = event.before else { return }
            try db.execute(sql: """
                UPDATE reply SET status = ?1, sent_at = CASE WHEN ?1 = 'sent' THEN sent_at END,
                    sent_by = CASE WHEN ?1 = 'sent' THEN sent_by END, version = version + 1 WHERE item_id = ?2
                """, arguments: [before, item])
        }
        session.record(event.field, before: event.after, after: event.before)
    }
}
