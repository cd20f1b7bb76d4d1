import GRDB

/// One event of the change group being undone, with the raw values it replaced and wrote.
struct UndoEvent {
    var id: Int64
    var kind: EntityKind
    var entity: Int64
    var field: String
    var before: String?
    var after: String?
    var beforeValue: DatabaseValue
    var afterValue: DatabaseValue
    var version: Int?
    var at: Double
    var user: String

    /// True for an event that set a column (its raw values were kept), false for additions
    /// such as tags, notes and links.
    var setsColumn: Bool { field != "created" && !Self.additions.contains(field) && !ReplyUndo.fields.contains(field) }

    static let additions: Set<String> = ["tag", "note", "complaint", "followup", "undo", "deleted"]

    init(row: Row) {
        id = row["id"]
        kind = EntityKind(rawValue: row["entity_kind"]) ?? .item
        entity = row["entity_id"]
        field = row["field"]
        before = row["before"]
        after = row["after"]
        beforeValue = row["before_value"]
        afterValue = row["after_value"]
        version = row["version"]
        at = row["at"]
        user = row["user"]
    }

    static let selectSQL = """
        SELECT e.id, e.entity_kind, e.entity_id, e.field, e.before, e.after, e.before_value, e.after_value, e.version,
            e.at, e.user
        FROM event e
        """
}
