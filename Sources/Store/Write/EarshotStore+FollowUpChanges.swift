import Foundation
import GRDB

extension EarshotStore {
    /// Applies `change` to follow-up `id` ("F7") in one transaction (the dashboard and
    /// `earshot update`/`done` call this). Marking it done records when and, for a follow-up
    /// of a complaint, counts as the complaint's first response.
    @discardableResult
    public func apply(_ change: FollowUpChange, to id: String, expectedVersion: Int? = nil,
                      group: ChangeGroup? = nil) throws -> ChangeResult {
        let number = try Self.rowID(id, .followUp)
        let note = try change.note.map { try ChangeText.longText($0, what: "note") }
        let outcome = try change.outcome.map { try ChangeText.longText($0, what: "outcome") }
        let owner = try change.owner.map { try Self.checked($0, what: "owner") }
        return try changing(group, summary: "update \(id)") { db, at, group in
            var session = try ChangeSession(db: db, kind: .followUp, id: number, user: user, at: at, group: group)
            guard let row = try Row.fetchOne(db, sql: """
                SELECT status, due, channel, owner, outcome, done_at, complaint_id, customer_id, item_id, reason
                FROM followup WHERE id = ?
                """, arguments: [number]) else { throw StoreError.unknownID(id) }
            if let status = change.status { Self.setStatus(status, row: row, session: &session) }
            if let due = change.due?.timeIntervalSince1970 {
                session.set("due", before: EventText.time(row["due"]), after: EventText.time(due), value: due)
            }
            if let channel = change.channel {
                session.set("channel", before: row["channel"], after: channel.rawValue, value: channel.rawValue)
            }
            if let owner { session.set("owner", before: row["owner"], after: owner.storedValue, value: owner.storedValue) }
            if let outcome { session.set("outcome", before: row["outcome"], after: outcome, value: outcome) }
            if let note { session.record("note", before: nil, after: note) }
            if change.due != nil || change.channel != nil {
                session.setQuietly("dedupe_key", value: try Self.followUpKey(db, id: number, row: row, change: change))
            }
            let merged = try session.check(expectedVersion: expectedVersion)
            if let note {
                try Self.insertNote(db, column: "followup_id", id: number, author: user, at: at, text: note)
            }
            let result = try session.write(merged: merged)
            if change.status == .done, let complaint: Int64 = row["complaint_id"] {
                try Self.recordFirstResponse(db, complaint: complaint, user: user, at: at, group: group)
            }
            return result
        }
    }

    private static func setStatus(_ status: FollowUpStatus, row: Row, session: inout ChangeSession) {
        session.set("status", before: row["status"], after: status.rawValue, value: status.rawValue)
        let doneAt: Double? = row["done_at"]
        if status == .todo {
            session.set("done_at", before: EventText.time(doneAt), after: nil, value: nil)
        } else if doneAt == nil || status.rawValue != row["status"] {
            session.set("done_at", before: EventText.time(doneAt), after: EventText.time(session.at), value: session.at)
        }
    }

    /// A done follow-up of a complaint is its first response, when none was recorded.
    private static func recordFirstResponse(_ db: Database, complaint: Int64, user: String, at: Double,
                                            group: Int64) throws {
        let recorded = try Double.fetchOne(db, sql: "SELECT first_response_at FROM complaint WHERE id = ?",
                                           arguments: [complaint])
        guard recorded == nil else { return }
        var session = try ChangeSession(db: db, kind: .complaint, id: complaint, user: user, at: at, group: group)
        session.set("first_response_at", before: nil, after: EventText.time(at), value: at)
        _ = try session.write()
    }

    /// The content key of a rescheduled follow-up, so that importing an export of it adds
    /// nothing; nil when another follow-up already has that key (keys are unique).
    static func followUpKey(_ db: Database, id: Int64, row: Row, change: FollowUpChange) throws -> String? {
        let key = ContentKey.followUp(customer: row["customer_id"], item: row["item_id"], complaint: row["complaint_id"],
                                      channel: change.channel?.rawValue ?? row["channel"],
                                      due: change.due?.timeIntervalSince1970 ?? row["due"], reason: row["reason"])
        let taken = try Int.fetchOne(db, sql: "SELECT 1 FROM followup WHERE dedupe_key = ? AND id != ?",
                                     arguments: [key, id]) != nil
        return taken ? nil : key
    }

    /// Plans a high-touch follow-up for an item ("R12"), a complaint ("C3") or a customer ("P7").
    ///
    /// It links the customer (and, from an item, its unresolved complaint); its brand is the
    /// item's or complaint's, or the own brand for a customer. The item or complaint's history
    /// records it. An identical follow-up (same whom, how, when and why) is refused.
    ///
    /// - Returns: the new follow-up's id ("F30"), version 1 and its first events.
    @discardableResult
    public func createFollowUp(for id: String, _ draft: FollowUpDraft, group: ChangeGroup? = nil) throws -> ChangeResult {
        guard let target = ShortID(id), [.item, .complaint, .customer].contains(target.kind) else {
            throw StoreError.invalidChange("'\(id)' is not an item, complaint or customer id: follow up R12, C3 or P7")
        }
        let owner = try ChangeText.shortText(draft.owner ?? user, what: "owner")
        let reason = try ChangeText.longText(draft.reason ?? "Follow up on \(target)", what: "reason")
        return try changing(group, summary: "follow up \(id)") { db, at, group in
            let links = try FollowUpLinks.resolve(target, db: db)
            let due = draft.due.timeIntervalSince1970
            let key = ContentKey.followUp(customer: links.customer, item: links.item, complaint: links.complaint,
                                          channel: draft.channel.rawValue, due: due, reason: reason)
            if let existing = try Int64.fetchOne(db, sql: "SELECT id FROM followup WHERE dedupe_key = ?", arguments: [key]) {
                throw StoreError.invalidChange("F\(existing) already plans this follow-up: change it with 'earshot update F\(existing)'")
            }
            let followUp = try Self.unusedID(db, .followUp)
            try db.execute(sql: """
                INSERT INTO followup (id, brand_id, customer_id, item_id, complaint_id, owner, channel, due, status, reason,
                    dedupe_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'todo', ?, ?)
                """, arguments: [followUp, links.brand, links.customer, links.item, links.complaint, owner,
                                 draft.channel.rawValue, due, reason, key])
            var created = ChangeSessionLog(db: db, kind: .followUp, id: followUp, user: user, at: at, group: group)
            try created.append("created", after: "\(draft.channel.rawValue) due \(EventText.time(due) ?? "") for \(target)",
                               version: 1)
            if target.kind != .customer {
                var source = try ChangeSession(db: db, kind: target.kind, id: target.number, user: user, at: at,
                                               group: group)
                source.record("followup", before: nil, after: "F\(followUp)")
                _ = try source.write()
            }
            return ChangeResult(id: "F\(followUp)", version: 1, events: created.events)
        }
    }
}
