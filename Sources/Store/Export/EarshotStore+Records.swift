import Foundation
import GRDB

extension EarshotStore {
    /// A list as JSON records for scripts (`earshot reviews --json` and the others): how many
    /// entities match `filter`, and the first `limit` of them (all when nil) in the pane's order.
    ///
    /// Each record is the entity in the import format plus its `version` and what the store
    /// works out: items add `imported` and `sentiment` (score, label, urgent, complaint, spam,
    /// aspects) and their `complaints` and `followups`; complaints add `followups`; follow-ups
    /// add `brand` and `urgency`; brands are the Brands pane's figures.
    ///
    /// Follow-ups are ranked, and their `urgency` scored, under `weights` (the config's).
    ///
    /// - Throws: `QueryError` when the query does not apply to the list, else `StoreError`.
    public func listRecords(_ list: QueryList, filter: ListFilter, limit: Int?, now: Date,
                            weights: UrgencyWeights = UrgencyWeights()) throws -> (count: Int, records: [StoreJSON]) {
        let rows = max(0, limit ?? Int.max)
        switch list {
        case .reviews:
            let ids = try reviewRows(filter, offset: 0, limit: rows).map(\.id)
            return (try reviewCount(filter), try records(ids, now: now, weights: weights))
        case .complaints:
            let ids = try complaintRows(filter, offset: 0, limit: rows).map(\.id)
            return (try complaintCount(filter), try records(ids, now: now, weights: weights))
        case .followUps:
            let ids = try followUpRows(filter, offset: 0, limit: rows, now: now, weights: weights).map(\.id)
            return (try followUpCount(filter, now: now), try records(ids, now: now, weights: weights))
        case .brands:
            let summaries = try brandSummaries(filter, now: now)
            return (summaries.count, try brandRecords(Array(summaries.prefix(rows))))
        }
    }

    /// One entity ("R12", "C3", "F7", "B1", "P4") as a JSON record with its links and its whole
    /// `history`; nil when there is none. A follow-up's `urgency` is scored under `weights`.
    public func entityRecord(id: String, now: Date, weights: UrgencyWeights = UrgencyWeights()) throws -> StoreJSON? {
        guard let short = ShortID(id) else { return nil }
        let history = try reading { db in try Self.history(db, kind: short.kind, id: short.number) }
        switch short.kind {
        case .brand:
            guard let summary = try brandSummaries(now: now).first(where: { $0.id == short.description }) else { return nil }
            return try brandRecords([summary]).first?.appending(["history": RecordJSON.history(history)])
        default:
            return try records([short.description], now: now, weights: weights, history: true).first
        }
    }

    /// Records of items, complaints, follow-ups or customers, in the order of `ids`.
    private func records(_ ids: [String], now: Date, weights: UrgencyWeights, history: Bool = false) throws -> [StoreJSON] {
        try reading { db in
            try ids.compactMap { id -> StoreJSON? in
                guard let short = ShortID(id) else { return nil }
                guard let record = try Self.record(short, db: db, now: now.timeIntervalSince1970, weights: weights) else { return nil }
                guard history else { return record }
                return record.appending(["history": RecordJSON.history(try Self.history(db, kind: short.kind, id: short.number))])
            }
        }
    }

    private static func record(_ short: ShortID, db: Database, now: Double, weights: UrgencyWeights) throws -> StoreJSON? {
        let id = short.number
        switch short.kind {
        case .item:
            guard let row = try Row.fetchOne(db, sql: RecordJSON.itemSQL + " WHERE i.id = ?", arguments: [id]) else { return nil }
            let record = RecordJSON.item(row, tags: try RelatedRows.tags(db, items: [id])[id] ?? [],
                                         notes: try RelatedRows.notes(db, column: "item_id", ids: [id])[id] ?? [])
            return record.appending(RecordJSON.itemState(row, aspects: try RelatedRows.aspects(db, items: [id])[id] ?? []))
                .appending(["complaints": try ids(db, .complaint, "SELECT complaint_id FROM complaint_item WHERE item_id = ? ORDER BY 1", id),
                            "followups": try ids(db, .followUp, "SELECT id FROM followup WHERE item_id = ? ORDER BY 1", id)])
        case .complaint:
            guard let row = try Row.fetchOne(db, sql: RecordJSON.complaintSQL + " WHERE c.id = ?", arguments: [id]) else { return nil }
            return RecordJSON.complaint(row, items: try RelatedRows.complaintItems(db, complaints: [id])[id] ?? [],
                                        notes: try RelatedRows.notes(db, column: "complaint_id", ids: [id])[id] ?? [])
                .appending(["version": .int(row["version"]),
                            "followups": try ids(db, .followUp, "SELECT id FROM followup WHERE complaint_id = ? ORDER BY 1", id)])
        case .followUp:
            let today = ISOTime.startOfDay(now)
            guard let row = try Row.fetchOne(db, sql: RecordJSON.followUpSQL + " WHERE f.id = ?", arguments: [id]),
                  let ranked = try Row.fetchOne(db, sql: FollowUpRow.selectSQL(today: today, weights: weights) + " WHERE f.id = ?",
                                                arguments: [id]) else { return nil }
            return RecordJSON.followUp(row, notes: try RelatedRows.notes(db, column: "followup_id", ids: [id])[id] ?? [])
                .appending(["version": .int(row["version"]), "brand": .id(.brand, row["brand_id"]),
                            "urgency": .double(ranked["urgency"])])
        case .customer:
            guard let row = try Row.fetchOne(db, sql: RecordJSON.customerSQL + " WHERE p.id = ?", arguments: [id]) else { return nil }
            return RecordJSON.customer(row, handles: try RelatedRows.handles(db, customers: [id])[id] ?? [])
                .appending(["version": .int(row["version"]),
                            "items": try ids(db, .item, "SELECT id FROM item WHERE customer_id = ? ORDER BY 1", id),
                            "complaints": try ids(db, .complaint, "SELECT id FROM complaint WHERE customer_id = ? ORDER BY 1", id),
                            "followups": try ids(db, .followUp, "SELECT id FROM followup WHERE customer_id = ? ORDER BY 1", id)])
        case .brand:
            return nil
        }
    }

    private static func ids(_ db: Database, _ kind: EntityKind, _ sql: String, _ id: Int64) throws -> StoreJSON {
        .array(try Int64.fetchAll(db, sql: sql, arguments: [id]).map { .id(kind, $0) })
    }

    /// Brands as the Brands pane's figures, with their aliases and version.
    private func brandRecords(_ summaries: [BrandSummary]) throws -> [StoreJSON] {
        let numbers = summaries.compactMap { ShortID($0.id, kind: .brand)?.number }
        let (aliases, versions) = try reading { db in
            (try RelatedRows.aliases(db, brands: numbers),
             try RelatedRows.load(db, "SELECT id, version FROM brand WHERE id IN (IDS)", ids: numbers))
        }
        return summaries.map { summary in
            let number = ShortID(summary.id, kind: .brand)?.number ?? 0
            func aspects(_ counts: [AspectCount]) -> StoreJSON {
                .array(counts.map { .object(["aspect": .string($0.aspect.rawValue), "count": .int(Int64($0.count))]) })
            }
            return .object([
                "type": .string("brand"), "id": .string(summary.id), "name": .string(summary.name),
                "own": .bool(summary.isOwn), "aliases": .array((aliases[number] ?? []).map { .string($0) }),
                "version": .int(versions[number]?.first?[1] ?? 1), "volume": .int(Int64(summary.volume)),
                "average_rating": summary.averageRating.map { .double($0) } ?? .null,
                "positive": .int(Int64(summary.positive)), "neutral": .int(Int64(summary.neutral)),
                "negative": .int(Int64(summary.negative)),
                "weekly_volume": .array(summary.weeklyVolume.map { .int(Int64($0)) }),
                "top_praised": aspects(summary.topPraised), "top_complained": aspects(summary.topComplained),
            ])
        }
    }
}

extension ChangeResult {
    /// `{"id", "version", "changed", "events": [...], "merged": [...]}` for `--json` output.
    public var json: StoreJSON {
        .object([
            "id": .string(id), "version": .int(Int64(version)), "changed": .bool(changed),
            "events": RecordJSON.history(events), "merged": RecordJSON.history(merged),
        ])
    }
}

extension HistoryEvent {
    /// `{"at", "user", "field", "before", "after", "version"}`.
    public var json: StoreJSON {
        RecordJSON.history([self]).firstElement
    }
}

extension StoreJSON {
    /// The first element of an array (null otherwise).
    var firstElement: StoreJSON {
        if case .array(let values) = self, let first = values.first { return first }
        return .null
    }
}
