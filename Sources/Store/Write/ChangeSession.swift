import GRDB

/// One entity's change inside a write transaction.
///
/// Collects the column edits and the additions (tags, notes) of the change, refuses it when
/// someone else changed one of the same fields after the caller's version, then writes the
/// columns with a compare-and-swap on the row's version and appends one event per change.
struct ChangeSession {
    let db: Database
    let kind: EntityKind
    let id: Int64
    let user: String
    let at: Double
    /// The change group's row: undo reverts the events of one group together.
    let group: Int64
    /// The row's version when the session began; inside the IMMEDIATE transaction it cannot move.
    let version: Int
    private var columns: [(name: String, value: (any DatabaseValueConvertible)?)] = []
    /// Each event, with the column it sets (whose raw value before and after is kept for undo).
    private var events: [(field: String, before: String?, after: String?, column: Int?)] = []
    /// Fields whose value this change replaces: the ones a concurrent change conflicts with.
    private var replacedFields: Set<String> = []

    init(db: Database, kind: EntityKind, id: Int64, user: String, at: Double, group: Int64) throws {
        guard let version = try Int.fetchOne(db, sql: "SELECT version FROM \(kind.table) WHERE id = ?",
                                             arguments: [id]) else {
            throw StoreError.unknownID(kind.prefix + String(id))
        }
        self.db = db
        self.kind = kind
        self.id = id
        self.user = user
        self.at = at
        self.group = group
        self.version = version
    }

    var shortID: String { kind.prefix + String(id) }

    /// True when the change has something to write.
    var hasChanges: Bool { !events.isEmpty }

    /// Sets a column when its value really changes, recording the event as `field`.
    mutating func set(_ field: String, column: String? = nil, before: String?, after: String?,
                      value: (any DatabaseValueConvertible)?) {
        guard before != after else { return }
        columns.append((column ?? field, value))
        events.append((field, before, after, columns.count - 1))
        replacedFields.insert(field)
    }

    /// Sets a column that is no field of its own (a content key), written only with other changes.
    mutating func setQuietly(_ column: String, value: (any DatabaseValueConvertible)?) {
        columns.append((column, value))
    }

    /// Records an addition or removal that merges with concurrent changes (a tag, a note).
    mutating func record(_ field: String, before: String?, after: String?) {
        events.append((field, before, after, nil))
    }

    /// Records the replacement of a value kept outside the entity's own row (an item's reply):
    /// it conflicts like a column, but the caller writes the value itself.
    mutating func replace(_ field: String, before: String?, after: String?) {
        guard before != after else { return }
        events.append((field, before, after, nil))
        replacedFields.insert(field)
    }

    /// Refuses the change when a field it replaces was changed after `expectedVersion`;
    /// returns the other changes made since then, which this change merges with.
    func check(expectedVersion: Int?) throws -> [HistoryEvent] {
        guard let expectedVersion, expectedVersion != version else { return [] }
        guard expectedVersion < version else {
            throw StoreError.invalidChange(
                "\(shortID) is at version \(version); there is no version \(expectedVersion) yet: read it again with 'earshot show \(shortID)'")
        }
        let since = try EarshotStore.history(db, kind: kind, id: id, after: expectedVersion)
        let clashing = since.filter { replacedFields.contains($0.field) }
        // History from before versions were recorded cannot tell which fields moved: be safe.
        let unknown = since.isEmpty && !replacedFields.isEmpty
        if !clashing.isEmpty || unknown {
            throw StoreError.conflict(ChangeConflict(id: shortID, expectedVersion: expectedVersion,
                                                     currentVersion: version, changes: clashing))
        }
        return since
    }

    /// Writes the columns and the next version (compare-and-swap) and appends the events.
    func write(merged: [HistoryEvent] = []) throws -> ChangeResult {
        guard hasChanges else { return ChangeResult(id: shortID, version: version, events: [], merged: merged) }
        let next = version + 1
        let previous = try previousValues()
        let assignments = (columns.map { "\($0.name) = ?" } + ["version = ?"]).joined(separator: ", ")
        var arguments = StatementArguments(columns.map(\.value))
        arguments += [next, id, version]
        try db.execute(sql: "UPDATE \(kind.table) SET \(assignments) WHERE id = ? AND version = ?", arguments: arguments)
        guard db.changesCount == 1 else {
            throw StoreError.conflict(ChangeConflict(id: shortID, expectedVersion: version, currentVersion: version,
                                                     changes: []))
        }
        let statement = try db.cachedStatement(sql: """
            INSERT INTO event (at, user, entity_kind, entity_id, field, before, after, version, change_group,
                before_value, after_value)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var written: [HistoryEvent] = []
        for event in events {
            let raw = event.column.map { (previous[$0], columns[$0].value?.databaseValue ?? .null) }
            try statement.execute(arguments: [at, user, kind.prefix, id, event.field, event.before, event.after, next,
                                              group, raw?.0, raw?.1])
            written.append(HistoryEvent(at: SQLTime.date(at), user: user, field: event.field, before: event.before,
                                        after: event.after, version: next))
        }
        return ChangeResult(id: shortID, version: next, events: written, merged: merged)
    }

    /// The raw values of the columns this change sets, as they are before it.
    private func previousValues() throws -> [DatabaseValue] {
        guard !columns.isEmpty else { return [] }
        let names = columns.map(\.name).joined(separator: ", ")
        guard let row = try Row.fetchOne(db, sql: "SELECT \(names) FROM \(kind.table) WHERE id = ?", arguments: [id]) else {
            throw StoreError.unknownID(shortID)
        }
        return (0..<columns.count).map { row[$0] as DatabaseValue }
    }
}
