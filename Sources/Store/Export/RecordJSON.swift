import GRDB

/// Entities as records of the import format (`format.md`): what `export` writes and `import`
/// reads back, so that importing an export gives the same store content.
enum RecordJSON {
    static let brandSQL = "SELECT b.id, b.name, b.own, b.version FROM brand b"

    static func brand(_ row: Row, aliases: [String]) -> StoreJSON {
        .object([
            "type": .string("brand"), "id": .id(.brand, row["id"]), "name": .string(row["name"]),
            "own": .bool(row["own"]), "aliases": .array(aliases.map { .string($0) }),
        ])
    }

    static let customerSQL = "SELECT p.id, p.name, p.contact, p.notes, p.version FROM customer p"

    static func customer(_ row: Row, handles: [(source: String, handle: String)]) -> StoreJSON {
        .object([
            "type": .string("customer"), "id": .id(.customer, row["id"]), "name": .string(row["name"]),
            "handles": .object(handles.map { StoreJSONMember(key: $0.source, value: .string($0.handle)) }),
            "contact": .text(row["contact"]), "notes": .text(row["notes"]),
        ])
    }

    static let itemSQL = """
        SELECT i.id, i.brand_id, i.kind, i.source, i.external_id, i.url, i.author, i.customer_id, i.rating, i.title,
            i.text, i.language, i.posted, i.imported, i.status, i.waiting_until, i.duplicate_of, i.priority, i.assignee,
            i.score, i.label, i.is_urgent, i.is_complaint, i.is_spam, i.version
        FROM item i
        """

    /// Positions of `itemSQL`'s columns: an export reads every item, and reading by position
    /// skips GRDB's look-up of each column by name.
    enum ItemColumn {
        static let (id, brand, kind, source, externalID, url, author, customer) = (0, 1, 2, 3, 4, 5, 6, 7)
        static let (rating, title, text, language, posted, imported, status) = (8, 9, 10, 11, 12, 13, 14)
        static let (waitingUntil, duplicateOf, priority, assignee) = (15, 16, 17, 18)
    }

    static func item(_ row: Row, tags: [String], notes: [StoreJSON]) -> StoreJSON {
        typealias C = ItemColumn
        return .object([
            "type": .string("item"), "id": .id(.item, row[C.id]), "brand": .id(.brand, row[C.brand]),
            "kind": .string(row[C.kind]), "source": .string(row[C.source]), "external_id": .text(row[C.externalID]),
            "url": .text(row[C.url]), "author": .string(row[C.author]), "customer": .id(.customer, row[C.customer]),
            "rating": .integer(row[C.rating]), "title": .text(row[C.title]), "text": .string(row[C.text]),
            "lang": .text(row[C.language]), "posted": .time(row[C.posted]), "status": .string(row[C.status]),
            "waiting_until": .time(row[C.waitingUntil], dayWhenWhole: true),
            "duplicate_of": .id(.item, row[C.duplicateOf]), "priority": .string(row[C.priority]),
            "assignee": .text(row[C.assignee]), "tags": .array(tags.map { .string($0) }), "notes": .array(notes),
        ])
    }

    /// What the store adds to an item beyond the import format: version, import time, sentiment.
    static func itemState(_ row: Row, aspects: [StoreJSON]) -> KeyValuePairs<String, StoreJSON> {
        [
            "version": .int(row["version"]), "imported": .time(row["imported"]),
            "sentiment": .object([
                "score": .double(row["score"]), "label": .string(row["label"]), "urgent": .bool(row["is_urgent"]),
                "complaint": .bool(row["is_complaint"]), "spam": .bool(row["is_spam"]), "aspects": .array(aspects),
            ]),
        ]
    }

    static let complaintSQL = """
        SELECT c.id, c.brand_id, c.customer_id, c.category, c.summary, c.severity, c.status, c.opened,
            c.first_response_due, c.resolution_due, c.first_response_at, c.resolved_at, c.resolution, c.owner, c.version
        FROM complaint c
        """

    static func complaint(_ row: Row, items: [Int64], notes: [StoreJSON]) -> StoreJSON {
        .object([
            "type": .string("complaint"), "id": .id(.complaint, row["id"]), "brand": .id(.brand, row["brand_id"]),
            "customer": .id(.customer, row["customer_id"]), "items": .array(items.map { .id(.item, $0) }),
            "category": .string(row["category"]), "summary": .string(row["summary"]),
            "severity": .string(row["severity"]), "status": .string(row["status"]), "opened": .time(row["opened"]),
            "first_response_due": .time(row["first_response_due"]), "resolution_due": .time(row["resolution_due"]),
            "first_response_at": .time(row["first_response_at"]), "resolved_at": .time(row["resolved_at"]),
            "resolution": .text(row["resolution"]), "owner": .text(row["owner"]), "notes": .array(notes),
        ])
    }

    static let followUpSQL = """
        SELECT f.id, f.brand_id, f.customer_id, f.item_id, f.complaint_id, f.owner, f.channel, f.due, f.status,
            f.reason, f.outcome, f.done_at, f.version
        FROM followup f
        """

    /// `showItem` false leaves out the linked item (a partial export that does not hold it).
    static func followUp(_ row: Row, notes: [StoreJSON], showItem: Bool = true) -> StoreJSON {
        .object([
            "type": .string("followup"), "id": .id(.followUp, row["id"]), "customer": .id(.customer, row["customer_id"]),
            "item": showItem ? .id(.item, row["item_id"]) : .null, "complaint": .id(.complaint, row["complaint_id"]),
            "owner": .text(row["owner"]), "channel": .string(row["channel"]),
            "due": .time(row["due"], dayWhenWhole: true), "status": .string(row["status"]),
            "reason": .string(row["reason"]), "outcome": .text(row["outcome"]), "done_at": .time(row["done_at"]),
            "notes": .array(notes),
        ])
    }

    static func history(_ events: [HistoryEvent]) -> StoreJSON {
        .array(events.map { event in
            .object([
                "at": .time(event.at.timeIntervalSince1970), "user": .string(event.user), "field": .string(event.field),
                "before": .text(event.before), "after": .text(event.after),
                "version": .integer(event.version.map(Int64.init)),
            ])
        })
    }
}
