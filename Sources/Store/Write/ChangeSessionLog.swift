import GRDB

/// The events of a newly created entity (version 1), appended as they are written.
struct ChangeSessionLog {
    let db: Database
    let kind: EntityKind
    let id: Int64
    let user: String
    let at: Double
    let group: Int64
    private(set) var events: [HistoryEvent] = []

    init(db: Database, kind: EntityKind, id: Int64, user: String, at: Double, group: Int64) {
        self.db = db
        self.kind = kind
        self.id = id
        self.user = user
        self.at = at
        self.group = group
    }

    mutating func append(_ field: String, before: String? = nil, after: String?, version: Int) throws {
        try db.execute(sql: """
            INSERT INTO event (at, user, entity_kind, entity_id, field, before, after, version, change_group)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [at, user, kind.prefix, id, field, before, after, version, group])
        events.append(HistoryEvent(at: SQLTime.date(at), user: user, field: field, before: before, after: after,
                                   version: version))
    }
}
