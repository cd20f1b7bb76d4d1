import Foundation
import GRDB

extension EarshotStore {
    /// Applies `change` to complaint `id` ("C3") in one transaction (the dashboard and
    /// `earshot update`/`done` call this). Same rules as the item change: compare-and-swap on
    /// the fields it sets, notes merge.
    @discardableResult
    public func apply(_ change: ComplaintChange, to id: String, expectedVersion: Int? = nil,
                      group: ChangeGroup? = nil) throws -> ChangeResult {
        let number = try Self.rowID(id, .complaint)
        let note = try change.note.map { try ChangeText.longText($0, what: "note") }
        let resolution = try change.resolution.map { try ChangeText.longText($0, what: "resolution") }
        let owner = try change.owner.map { try Self.checked($0, what: "owner") }
        return try changing(group, summary: "update \(id)") { db, at, group in
            var session = try ChangeSession(db: db, kind: .complaint, id: number, user: user, at: at, group: group)
            guard let row = try Row.fetchOne(db, sql: """
                SELECT status, severity, owner, resolution, resolved_at, first_response_at FROM complaint WHERE id = ?
                """, arguments: [number]) else { throw StoreError.unknownID(id) }
            if let status = change.status {
                Self.setStatus(status, row: row, session: &session)
            }
            if let severity = change.severity {
                session.set("severity", before: row["severity"], after: severity.rawValue, value: severity.rawValue)
            }
            if let owner {
                session.set("owner", before: row["owner"], after: owner.storedValue, value: owner.storedValue)
            }
            if let resolution {
                session.set("resolution", before: row["resolution"], after: resolution, value: resolution)
            }
            if let note { session.record("note", before: nil, after: note) }
            let merged = try session.check(expectedVersion: expectedVersion)
            if let note {
                try Self.insertNote(db, column: "complaint_id", id: number, author: user, at: session.at, text: note)
            }
            return try session.write(merged: merged)
        }
    }

    /// Status with its times: resolving records when (and counts as the first response if
    /// none was recorded); re-opening clears the resolution time.
    private static func setStatus(_ status: ComplaintStatus, row: Row, session: inout ChangeSession) {
        session.set("status", before: row["status"], after: status.rawValue, value: status.rawValue)
        let resolvedAt: Double? = row["resolved_at"]
        let firstResponseAt: Double? = row["first_response_at"]
        if status == .resolved {
            if resolvedAt == nil {
                session.set("resolved_at", before: nil, after: EventText.time(session.at), value: session.at)
            }
            if firstResponseAt == nil {
                session.set("first_response_at", before: nil, after: EventText.time(session.at), value: session.at)
            }
        } else if resolvedAt != nil {
            session.set("resolved_at", before: EventText.time(resolvedAt), after: nil, value: nil)
        }
    }

    /// Opens a complaint from item `itemID` ("R12"), linked to it, with the item's brand and
    /// customer; a new item becomes open. Refused when the item already has an unresolved complaint.
    ///
    /// - Returns: the new complaint's id ("C21"), version 1 and its first events.
    @discardableResult
    public func openComplaint(from itemID: String, _ draft: ComplaintDraft = ComplaintDraft(),
                              group: ChangeGroup? = nil) throws -> ChangeResult {
        let item = try Self.rowID(itemID, .item)
        let note = try draft.note.map { try ChangeText.longText($0, what: "note") }
        let summary = try draft.summary.map { try ChangeText.shortText($0, what: "summary") }
        let owner = try ChangeText.shortText(draft.owner ?? user, what: "owner")
        if let category = draft.category, !Vocabulary.aspects.contains(category) {
            throw StoreError.invalidChange(
                "'\(category)' is not a complaint category: use one of \(Vocabulary.aspects.joined(separator: ", "))")
        }
        return try changing(group, summary: "complain \(itemID)") { db, at, group in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT brand_id, customer_id, title, text FROM item WHERE id = ?
                """, arguments: [item]) else { throw StoreError.unknownID(itemID) }
            if let open = try Int64.fetchOne(db, sql: """
                SELECT c.id FROM complaint c JOIN complaint_item ci ON ci.complaint_id = c.id
                WHERE ci.item_id = ? AND c.status != 'resolved' ORDER BY c.id LIMIT 1
                """, arguments: [item]) {
                throw StoreError.invalidChange("R\(item) already has complaint C\(open), not resolved yet: "
                    + "add to it with 'earshot update C\(open) --note TEXT'")
            }
            let fields = NewComplaint(
                brand: row["brand_id"], customer: row["customer_id"],
                category: try draft.category ?? Self.worstAspect(db, item: item),
                summary: summary ?? ComplaintSummary.make(title: row["title"], text: row["text"]),
                severity: draft.severity, opened: at,
                firstResponseDue: draft.firstResponseDue?.timeIntervalSince1970
                    ?? at + draft.severity.deadlines.firstResponse * 3600,
                resolutionDue: draft.resolutionDue?.timeIntervalSince1970 ?? at + draft.severity.deadlines.resolution * 3600,
                owner: owner)
            let complaint = try fields.insert(db, items: [item])
            var created = ChangeSessionLog(db: db, kind: .complaint, id: complaint, user: user, at: at, group: group)
            try created.append("created", after: "opened from R\(item)", version: 1)
            if let note {
                try Self.insertNote(db, column: "complaint_id", id: complaint, author: user, at: at, text: note)
                try created.append("note", after: note, version: 1)
            }
            var itemSession = try ChangeSession(db: db, kind: .item, id: item, user: user, at: at, group: group)
            let status: String = try String.fetchOne(db, sql: "SELECT status FROM item WHERE id = ?", arguments: [item]) ?? ""
            if status == "new" { itemSession.set("status", before: status, after: "open", value: "open") }
            itemSession.record("complaint", before: nil, after: "C\(complaint)")
            _ = try itemSession.write()
            return ChangeResult(id: "C\(complaint)", version: 1, events: created.events)
        }
    }

    /// The aspect the item is most negative about, else the first one it mentions, else service.
    private static func worstAspect(_ db: Database, item: Int64) throws -> String {
        try String.fetchOne(db, sql: "SELECT aspect FROM item_aspect WHERE item_id = ? ORDER BY score, aspect LIMIT 1",
                            arguments: [item]) ?? "service"
    }
}
