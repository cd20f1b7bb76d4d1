import Foundation
import GRDB

extension EarshotStore {
    /// Reverts this user's latest change group that is not undone yet (a bulk change
    /// included), in one transaction; the undo is itself a change group, recorded in each
    /// entity's history (an `undo` event beside the fields changed back).
    ///
    /// An entity someone changed again after the group (the same field now holds another
    /// value, or a complaint or follow-up the group created has since been changed) is left
    /// alone and reported as a conflict naming who changed what; the rest is reverted. A
    /// complaint or follow-up the group created is removed (its history is kept). When every
    /// entity conflicts nothing is written and the group stays the next to undo.
    public func undoLastChange() throws -> UndoResult {
        try writing { db in
            guard let target = try Row.fetchOne(db, sql: """
                SELECT g.id, g.summary FROM change_group g
                WHERE g.user = ? AND g.undoes IS NULL AND NOT EXISTS (SELECT 1 FROM change_group u WHERE u.undoes = g.id)
                    AND EXISTS (SELECT 1 FROM event e WHERE e.change_group = g.id)
                ORDER BY g.id DESC LIMIT 1
                """, arguments: [user]) else { return UndoResult(undone: nil, results: [], conflicts: []) }
            let summary: String = target["summary"]
            let events = try Row.fetchAll(db, sql: UndoEvent.selectSQL + " WHERE e.change_group = ? ORDER BY e.id",
                                          arguments: [target["id"] as Int64]).map(UndoEvent.init(row:))
            let at = Self.changeTime()
            let group = try ChangeGroup(summary: "Undo: " + summary, undoes: target["id"]).join(db, user: user, at: at)
            var undo = GroupUndo(db: db, user: user, at: at, group: group, summary: summary, events: events)
            try undo.run()
            if undo.results.isEmpty {
                try db.execute(sql: "DELETE FROM change_group WHERE id = ?", arguments: [group])
            }
            return UndoResult(undone: summary, results: undo.results, conflicts: undo.conflicts)
        }
    }
}

extension EarshotStore {
    /// The content key of a follow-up whose due date or channel an undo puts back.
    static func followUpKey(_ db: Database, id: Int64, restoring events: [UndoEvent]) throws -> String? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT customer_id, item_id, complaint_id, channel, due, reason FROM followup WHERE id = ?
            """, arguments: [id]) else { return nil }
        let due = events.first { $0.field == "due" }.flatMap { Double.fromDatabaseValue($0.beforeValue) }
        let channel = events.first { $0.field == "channel" }.flatMap { String.fromDatabaseValue($0.beforeValue) }
        let change = FollowUpChange(due: due.map { Date(timeIntervalSince1970: $0) },
                                    channel: channel.flatMap(FollowUpChannel.init(rawValue:)))
        return try followUpKey(db, id: id, row: row, change: change)
    }
}
