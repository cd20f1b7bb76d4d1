import Foundation
import GRDB

extension EarshotStore {
    /// Applies `change` to item `id` ("R12") in one transaction: the function the dashboard and
    /// `earshot update` both call.
    ///
    /// - Parameter group: the command this change is part of (undo reverts a group together).
    /// - Parameter expectedVersion: the version the caller read (from `reviewDetail`); nil to
    ///   apply to whatever is there now. When the item moved on since, the change still goes
    ///   through unless someone changed one of the same fields to something else.
    /// - Returns: the item's new version and the history appended (empty when nothing changed).
    /// - Throws: `StoreError.conflict` (nothing written), `.unknownID`, `.invalidChange`,
    ///   `.readOnly`, `.locked`.
    @discardableResult
    public func apply(_ change: ItemChange, to id: String, expectedVersion: Int? = nil,
                      group: ChangeGroup? = nil) throws -> ChangeResult {
        let number = try Self.rowID(id, .item)
        let addTags = try change.addTags.map(ChangeText.tag)
        let removeTags = try change.removeTags.map(ChangeText.tag)
        let note = try change.note.map { try ChangeText.longText($0, what: "note") }
        let assignee = try change.assignee.map { try Self.checked($0, what: "assignee") }
        let duplicateOf = try Self.duplicateTarget(change.status, of: number)
        return try changing(group, summary: "update \(id)") { db, at, group in
            var session = try ChangeSession(db: db, kind: .item, id: number, user: user, at: at, group: group)
            guard let row = try Row.fetchOne(db, sql: """
                SELECT status, waiting_until, duplicate_of, priority, assignee FROM item WHERE id = ?
                """, arguments: [number]) else { throw StoreError.unknownID(id) }
            if let status = change.status {
                try Self.setStatus(status, duplicateOf: duplicateOf, row: row, session: &session)
            }
            if let priority = change.priority {
                session.set("priority", before: row["priority"], after: priority.rawValue, value: priority.rawValue)
            }
            if let assignee {
                session.set("assignee", before: row["assignee"], after: assignee.storedValue, value: assignee.storedValue)
            }
            let tags = Set(try String.fetchAll(db, sql: "SELECT tag FROM item_tag WHERE item_id = ?", arguments: [number]))
            var added: [String] = []
            for tag in addTags where !tags.contains(tag) && !added.contains(tag) {
                session.record("tag", before: nil, after: tag)
                added.append(tag)
            }
            let removed = removeTags.filter { tags.contains($0) && !added.contains($0) }
            for tag in Set(removed).sorted() { session.record("tag", before: tag, after: nil) }
            if let note { session.record("note", before: nil, after: note) }
            let merged = try session.check(expectedVersion: expectedVersion)
            for tag in added {
                try db.execute(sql: "INSERT OR IGNORE INTO item_tag (item_id, tag) VALUES (?, ?)", arguments: [number, tag])
            }
            for tag in Set(removed) {
                try db.execute(sql: "DELETE FROM item_tag WHERE item_id = ? AND tag = ?", arguments: [number, tag])
            }
            if let note { try Self.insertNote(db, column: "item_id", id: number, author: user, at: session.at, text: note) }
            return try session.write(merged: merged)
        }
    }

    /// The item a duplicate status points at, checked to be another item.
    private static func duplicateTarget(_ status: ItemStatus?, of number: Int64) throws -> Int64? {
        guard case .duplicate(let original) = status else { return nil }
        guard let target = ShortID(original, kind: .item) else {
            throw StoreError.invalidChange("'\(original)' is not an item id: a duplicate names the item it repeats, like R12")
        }
        guard target.number != number else {
            throw StoreError.invalidChange("an item cannot be a duplicate of itself: name the item it repeats")
        }
        return target.number
    }

    /// Status with the fields that go with it: the day waited for, the item repeated.
    private static func setStatus(_ status: ItemStatus, duplicateOf: Int64?, row: Row,
                                  session: inout ChangeSession) throws {
        session.set("status", before: row["status"], after: status.name, value: status.name)
        var waitingUntil: Double?
        if case .waiting(let until) = status { waitingUntil = until.timeIntervalSince1970 }
        let previousWait: Double? = row["waiting_until"]
        session.set("waiting_until", before: EventText.time(previousWait), after: EventText.time(waitingUntil),
                    value: waitingUntil)
        if let duplicateOf { try checkNoCycle(duplicateOf, item: session.id, db: session.db) }
        let previousOriginal: Int64? = row["duplicate_of"]
        session.set("duplicate_of", before: EventText.shortID(.item, previousOriginal),
                    after: EventText.shortID(.item, duplicateOf), value: duplicateOf)
    }

    /// The item repeated must exist and must not itself (through others) repeat this item.
    private static func checkNoCycle(_ original: Int64, item: Int64, db: Database) throws {
        var current: Int64? = original
        var steps = 0
        while let next = current, steps < 10_000 {
            guard let row = try Row.fetchOne(db, sql: "SELECT duplicate_of FROM item WHERE id = ?", arguments: [next]) else {
                throw StoreError.unknownID(EntityKind.item.prefix + String(next))
            }
            current = row["duplicate_of"]
            if current == item {
                throw StoreError.invalidChange("R\(original) is already a duplicate of R\(item): "
                    + "mark the other one instead, or change R\(original) first")
            }
            steps += 1
        }
    }

    static func checked(_ assignment: Assignment, what: String) throws -> Assignment {
        guard case .user(let name) = assignment else { return .nobody }
        return .user(try ChangeText.shortText(name, what: what))
    }

    static func insertNote(_ db: Database, column: String, id: Int64, author: String, at: Double, text: String) throws {
        try db.execute(sql: "INSERT INTO note (\(column), author, at, text) VALUES (?, ?, ?, ?)",
                       arguments: [id, author, at, text])
    }
}
