import Foundation
import GRDB

/// Reverting one change group inside the undo's transaction: entity by entity, each checked
/// against what happened to it since.
struct GroupUndo {
    let db: Database
    let user: String
    let at: Double
    /// The undo's own change group.
    let group: Int64
    let summary: String
    let events: [UndoEvent]
    private(set) var results: [ChangeResult] = []
    private(set) var conflicts: [ChangeConflict] = []
    /// Entities the group created that this undo removes ("C21").
    private var removed: Set<String> = []

    init(db: Database, user: String, at: Double, group: Int64, summary: String, events: [UndoEvent]) {
        self.db = db
        self.user = user
        self.at = at
        self.group = group
        self.summary = summary
        self.events = events
    }

    private typealias Entity = (kind: EntityKind, id: Int64)

    mutating func run() throws {
        var entities: [Entity] = []
        for event in events where !entities.contains(where: { $0.kind == event.kind && $0.id == event.entity }) {
            entities.append((event.kind, event.entity))
        }
        let lastEvent = events.map(\.id).max() ?? 0
        let created = entities.filter { entity in
            events.contains { $0.kind == entity.kind && $0.entity == entity.id && $0.field == "created" }
        }
        for entity in created { try remove(entity, after: lastEvent) }
        for entity in entities where !created.contains(where: { $0.kind == entity.kind && $0.id == entity.id }) {
            try revert(entity, events: events.filter { $0.kind == entity.kind && $0.entity == entity.id })
        }
    }

    /// Removes an entity the group created, unless someone has changed it since.
    private mutating func remove(_ entity: Entity, after lastEvent: Int64) throws {
        let short = entity.kind.prefix + String(entity.id)
        let later = try Row.fetchAll(db, sql: UndoEvent.selectSQL + """
             LEFT JOIN change_group g ON g.id = e.change_group
            WHERE e.entity_kind = ? AND e.entity_id = ? AND e.id > ?
                AND (e.change_group IS NULL OR (g.undoes IS NULL
                     AND NOT EXISTS (SELECT 1 FROM change_group u WHERE u.undoes = g.id)))
            ORDER BY e.id
            """, arguments: [entity.kind.prefix, entity.id, lastEvent]).map(UndoEvent.init(row:))
        guard let version = try Int.fetchOne(db, sql: "SELECT version FROM \(entity.kind.table) WHERE id = ?",
                                             arguments: [entity.id]) else { return }
        guard later.isEmpty else {
            conflicts.append(ChangeConflict(id: short, expectedVersion: 1, currentVersion: version,
                                            changes: later.map(\.history)))
            return
        }
        try db.execute(sql: "DELETE FROM \(entity.kind.table) WHERE id = ?", arguments: [entity.id])
        var log = ChangeSessionLog(db: db, kind: entity.kind, id: entity.id, user: user, at: at, group: group)
        try log.append("deleted", after: "undone: \(summary)", version: version + 1)
        results.append(ChangeResult(id: short, version: version + 1, events: log.events))
        removed.insert(short)
    }

    /// Changes an entity's fields, tags, notes and links back, unless a field it set holds
    /// another value now.
    private mutating func revert(_ entity: Entity, events: [UndoEvent]) throws {
        let short = entity.kind.prefix + String(entity.id)
        let fields = events.filter(\.setsColumn).map(\.field).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let current = try fields.isEmpty ? nil : Row.fetchOne(db, sql: """
            SELECT \(fields.joined(separator: ", ")) FROM \(entity.kind.table) WHERE id = ?
            """, arguments: [entity.id])
        guard var session = try? ChangeSession(db: db, kind: entity.kind, id: entity.id, user: user, at: at, group: group),
              fields.isEmpty || current != nil else { return }
        var clashing: [String] = []
        for (index, field) in fields.enumerated() {
            let mine = events.filter { $0.field == field }
            guard let first = mine.first, let last = mine.last else { continue }
            if let current, current[index] as DatabaseValue != last.afterValue {
                clashing.append(field)
                continue
            }
            session.set(field, before: last.after, after: first.before, value: first.beforeValue)
        }
        guard clashing.isEmpty else {
            let after = events.map(\.id).max() ?? 0
            let changes = try Row.fetchAll(db, sql: UndoEvent.selectSQL + """
                 WHERE e.entity_kind = ? AND e.entity_id = ? AND e.id > ? ORDER BY e.id
                """, arguments: [entity.kind.prefix, entity.id, after]).map(UndoEvent.init(row:))
                .filter { clashing.contains($0.field) }.map(\.history)
            conflicts.append(ChangeConflict(id: short, expectedVersion: events.compactMap(\.version).max() ?? session.version,
                                            currentVersion: session.version, changes: changes))
            return
        }
        try revertAdditions(events, entity: entity, session: &session)
        if entity.kind == .followUp, fields.contains("due") || fields.contains("channel") {
            session.setQuietly("dedupe_key", value: try EarshotStore.followUpKey(db, id: entity.id, restoring: events))
        }
        guard session.hasChanges else { return }
        session.record("undo", before: nil, after: summary)
        results.append(try session.write())
    }

    /// Tags added are removed and tags removed added back; notes added are deleted; links to
    /// an entity this undo removed are recorded as gone.
    private func revertAdditions(_ events: [UndoEvent], entity: Entity, session: inout ChangeSession) throws {
        for event in events.reversed() {
            switch (event.field, event.before, event.after) {
            case ("tag", nil, let tag?):
                try db.execute(sql: "DELETE FROM item_tag WHERE item_id = ? AND tag = ?", arguments: [entity.id, tag])
                if db.changesCount > 0 { session.record("tag", before: tag, after: nil) }
            case ("tag", let tag?, nil):
                try db.execute(sql: "INSERT OR IGNORE INTO item_tag (item_id, tag) VALUES (?, ?)", arguments: [entity.id, tag])
                if db.changesCount > 0 { session.record("tag", before: nil, after: tag) }
            case ("note", nil, let text?):
                try db.execute(sql: """
                    DELETE FROM note WHERE id = (SELECT id FROM note WHERE \(Self.noteColumn(entity.kind)) = ?
                        AND author = ? AND at = ? AND text = ? ORDER BY id DESC LIMIT 1)
                    """, arguments: [entity.id, event.user, event.at, text])
                if db.changesCount > 0 { session.record("note", before: text, after: nil) }
            case ("complaint", nil, let link?), ("followup", nil, let link?):
                if removed.contains(link) { session.record(event.field, before: link, after: nil) }
            case (let field, _, _) where ReplyUndo.fields.contains(field) && entity.kind == .item:
                try ReplyUndo.revert(event, item: entity.id, db: db, session: &session)
            default:
                continue
            }
        }
    }

    private static func noteColumn(_ kind: EntityKind) -> String {
        switch kind {
        case .complaint: return "complaint_id"
        case .followUp: return "followup_id"
        default: return "item_id"
        }
    }
}

extension UndoEvent {
    var history: HistoryEvent {
        HistoryEvent(at: SQLTime.date(at), user: user, field: field, before: before, after: after, version: version)
    }
}
