import Foundation
import GRDB

extension EarshotStore {
    /// The reply drafted or sent for item `itemID` ("R12"); nil when it has none.
    public func reply(to itemID: String) throws -> Reply? {
        guard let item = ShortID(itemID, kind: .item) else { throw StoreError.unknownID(itemID) }
        return try reading { db in try Reply.fetch(db, item: item.number) }
    }

    /// Saves `text` as the reply draft of item `itemID` in one transaction: the function the
    /// dashboard's `r` and `earshot reply` both reach through the triage runner.
    ///
    /// The reply is recorded in the item's history (`reply`, before and after) and moves the
    /// item's version. Editing a reply already sent makes it a draft again: the new text still
    /// has to be posted. Two people editing one reply conflict like any other field.
    ///
    /// - Parameter expectedVersion: the item's version the caller read; nil to write over
    ///   whatever is there.
    /// - Throws: `StoreError.conflict` when someone else changed the reply after that version
    ///   (nothing written), `.unknownID`, `.invalidChange` (empty, too long), `.readOnly`, `.locked`.
    @discardableResult
    public func saveReply(_ text: String, template: String? = nil, to itemID: String, expectedVersion: Int? = nil,
                          group: ChangeGroup? = nil) throws -> ChangeResult {
        let item = try Self.rowID(itemID, .item)
        let text = try ChangeText.longText(text, what: "reply")
        let template = try template.map { try ChangeText.shortText($0, what: "template name") }
        return try changing(group, summary: "reply to \(itemID)") { db, at, group in
            var session = try ChangeSession(db: db, kind: .item, id: item, user: user, at: at, group: group)
            let current = try Reply.fetch(db, item: item)
            session.replace("reply", before: current?.text, after: text)
            if current?.status == .sent, current?.text != text {
                session.replace("reply status", before: ReplyStatus.sent.rawValue, after: ReplyStatus.draft.rawValue)
            }
            let merged = try session.check(expectedVersion: expectedVersion)
            guard session.hasChanges else { return try session.write(merged: merged) }
            try db.execute(sql: """
                INSERT INTO reply (item_id, author, text, template, status, created, updated)
                VALUES (?1, ?2, ?3, ?4, 'draft', ?5, ?5)
                ON CONFLICT (item_id) DO UPDATE SET author = ?2, text = ?3, template = COALESCE(?4, template),
                    status = 'draft', updated = ?5, version = version + 1
                """, arguments: [item, user, text, template, at])
            return try session.write(merged: merged)
        }
    }

    /// Records that the reply of item `itemID` was posted on the site, now, by this user: the
    /// first response to the item's open complaints, whose first-response clock stops (their
    /// `first_response_at` is set when it is empty, in the same change group).
    ///
    /// - Returns: the item's change (unchanged when the reply was already marked sent).
    /// - Throws: `StoreError.invalidChange` when the item has no reply to send, `.conflict`
    ///   when someone changed the reply after `expectedVersion`, `.unknownID`, `.readOnly`.
    @discardableResult
    public func markReplySent(to itemID: String, expectedVersion: Int? = nil,
                              group: ChangeGroup? = nil) throws -> ChangeResult {
        let item = try Self.rowID(itemID, .item)
        return try changing(group, summary: "reply sent for \(itemID)") { db, at, group in
            var session = try ChangeSession(db: db, kind: .item, id: item, user: user, at: at, group: group)
            guard let current = try Reply.fetch(db, item: item) else {
                throw StoreError.invalidChange("\(itemID) has no reply yet: draft one with 'earshot reply \(itemID)' first")
            }
            session.replace("reply status", before: current.status.rawValue, after: ReplyStatus.sent.rawValue)
            let merged = try session.check(expectedVersion: expectedVersion)
            guard session.hasChanges else { return try session.write(merged: merged) }
            try db.execute(sql: """
                UPDATE reply SET status = 'sent', sent_at = ?, sent_by = ?, version = version + 1 WHERE item_id = ?
                """, arguments: [at, user, item])
            try Self.stopFirstResponseClocks(db, item: item, at: at, user: user, group: group)
            return try session.write(merged: merged)
        }
    }

    /// Sets `first_response_at` on the item's unresolved complaints that have none.
    private static func stopFirstResponseClocks(_ db: Database, item: Int64, at: Double, user: String,
                                                group: Int64) throws {
        let complaints = try Int64.fetchAll(db, sql: """
            SELECT c.id FROM complaint c JOIN complaint_item ci ON ci.complaint_id = c.id
            WHERE ci.item_id = ? AND c.status != 'resolved' AND c.first_response_at IS NULL ORDER BY c.id
            """, arguments: [item])
        for complaint in complaints {
            var session = try ChangeSession(db: db, kind: .complaint, id: complaint, user: user, at: at, group: group)
            session.set("first_response_at", before: nil, after: EventText.time(at), value: at)
            _ = try session.write()
        }
    }
}
