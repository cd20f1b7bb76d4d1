import Foundation
import GRDB
import Sentiment

extension EarshotStore {
    /// How many items the Reviews list holds under `filter`.
    ///
    /// - Throws: `QueryError` when the filter's query does not apply to reviews, else `StoreError`.
    public func reviewCount(_ filter: ListFilter) throws -> Int {
        let query = try filter.sql(for: .reviews, user: user, now: Date().timeIntervalSince1970)
        return try reading { db in try Self.reviewCount(filter, query, db: db) }
    }

    /// `reviewCount`, given up (nil) as soon as `shouldStop` returns true; it is asked every few
    /// thousand steps of the count (a key typed while a broad match is counted).
    ///
    /// - Throws: `QueryError` when the filter's query does not apply to reviews, else `StoreError`.
    public func reviewCount(_ filter: ListFilter, stoppingWhen shouldStop: @escaping () -> Bool) throws -> Int? {
        let query = try filter.sql(for: .reviews, user: user, now: Date().timeIntervalSince1970)
        return try reading { db in
            try QueryInterruption.run(db, stoppingWhen: shouldStop) { try Self.reviewCount(filter, query, db: db) }
        }
    }

    private static func reviewCount(_ filter: ListFilter, _ query: QuerySQL, db: Database) throws -> Int {
        // The dashboard asks with every window it loads: kept counts or the search indexes
        // where they can answer, not a pass over a million items.
        if let count = try ItemCountSchema.count(filter, db: db) { return count }
        if let count = try TextSearchCount.count(filter, db: db) { return count }
        if let count = try ComplaintItemCount.count(filter, db: db) { return count }
        var sql = "SELECT COUNT(*) FROM item i" + query.whereSQL
        if let plan = try TextSearchPlan.forCount(filter, db: db) { sql = plan.apply(sql) }
        return try Int.fetchOne(db, sql: sql, arguments: query.statementArguments) ?? 0
    }

    /// One page of the Reviews list, newest first (ties by id, newest first) unless `filter.order` says otherwise.
    ///
    /// - Throws: `QueryError` when the filter's query does not apply to reviews, else `StoreError`.
    public func reviewRows(_ filter: ListFilter, offset: Int, limit: Int) throws -> [ReviewRow] {
        var query = try filter.sql(for: .reviews, user: user, now: Date().timeIntervalSince1970)
        var order = filter.orderBySQL(for: .reviews) ?? " ORDER BY i.posted DESC, i.id DESC"
        var page = (offset: max(0, offset), limit: max(0, limit))
        let far = offset > FarPage.threshold ? FarPage.reversed(offset: offset, limit: limit, total: try reviewCount(filter)) : nil
        if let far {
            order = FarPage.reversedOrder(order)
            page = far
        }
        query.arguments += [page.limit, page.offset]
        let rows = try reading { db in
            var sql = ReviewRow.selectSQL + query.whereSQL + order + " LIMIT ? OFFSET ?"
            if let plan = try TextSearchPlan.choose(filter, rows: page.offset + page.limit, db: db) { sql = plan.apply(sql) }
            return try Row.fetchAll(db, sql: sql, arguments: query.statementArguments).map(ReviewRow.init(row:))
        }
        return far == nil ? rows : rows.reversed()
    }

    /// Everything about one item ("R12"); nil when there is no such item.
    public func reviewDetail(id: String) throws -> ReviewDetail? {
        guard let short = ShortID(id, kind: .item) else { return nil }
        return try reading { db in try Self.reviewDetail(short.number, db: db) }
    }

    static func reviewDetail(_ id: Int64, db: Database) throws -> ReviewDetail? {
        guard let row = try Row.fetchOne(db, sql: ReviewRow.selectSQL + " WHERE i.id = ?", arguments: [id]),
              let extra = try Row.fetchOne(db, sql: """
                SELECT i.url, i.customer_id, c.name AS customer_name, i.language, i.priority, i.assignee, i.analysis
                FROM item i LEFT JOIN customer c ON c.id = i.customer_id WHERE i.id = ?
                """, arguments: [id]) else { return nil }
        let review = ReviewRow(row: row)
        let analysis = AnalysisBlob.decode(extra["analysis"] as DatabaseValue,
                                           item: AnalysisBlob.Item(score: review.score, label: review.label, text: review.text))
        return ReviewDetail(
            row: review,
            url: extra["url"],
            customerID: SQLTime.shortID(.customer, extra["customer_id"]),
            customerName: extra["customer_name"],
            language: extra["language"],
            priority: extra["priority"],
            assignee: extra["assignee"],
            tags: try String.fetchAll(db, sql: "SELECT tag FROM item_tag WHERE item_id = ? ORDER BY tag", arguments: [id]),
            notes: try notes(db, column: "item_id", id: id),
            analysis: analysis,
            complaintIDs: try Int64.fetchAll(db, sql: """
                SELECT complaint_id FROM complaint_item WHERE item_id = ? ORDER BY complaint_id
                """, arguments: [id]).map { EntityKind.complaint.prefix + String($0) },
            followUpIDs: try Int64.fetchAll(db, sql: "SELECT id FROM followup WHERE item_id = ? ORDER BY id",
                                            arguments: [id]).map { EntityKind.followUp.prefix + String($0) },
            history: try history(db, kind: .item, id: id))
    }

    /// The notes on one entity, oldest first.
    static func notes(_ db: Database, column: String, id: Int64) throws -> [Note] {
        try Row.fetchAll(db, sql: "SELECT author, at, text FROM note WHERE \(column) = ? ORDER BY at, id",
                         arguments: [id]).map {
            Note(author: $0["author"], at: SQLTime.date($0["at"] as Double), text: $0["text"])
        }
    }

    /// The history of one entity, oldest first; with `version`, only the changes made after it.
    static func history(_ db: Database, kind: EntityKind, id: Int64, after version: Int? = nil) throws -> [HistoryEvent] {
        let statement = try db.cachedStatement(sql: """
            SELECT at, user, field, before, after, version FROM event
            WHERE entity_kind = ?1 AND entity_id = ?2 AND (?3 IS NULL OR version > ?3) ORDER BY id
            """)
        return try Row.fetchAll(statement, arguments: [kind.prefix, id, version]).map {
            HistoryEvent(at: SQLTime.date($0["at"] as Double), user: $0["user"], field: $0["field"],
                         before: $0["before"], after: $0["after"], version: $0["version"])
        }
    }
}
