import GRDB

/// The writes of forgetting one customer, inside its transaction.
struct CustomerForgetting {
    let db: Database
    let scope: CustomerScope
    let user: String
    let at: Double

    /// History fields whose before and after hold no words of the customer's (states, days,
    /// ids, names of the team); every other field's text is blanked.
    static let factualFields: Set<String> = [
        "created", "deleted", "undo", "forgotten", "status", "waiting_until", "duplicate_of", "priority", "assignee",
        "tag", "complaint", "followup", "severity", "owner", "resolved_at", "first_response_at", "due", "channel",
        "done_at", "reply status",
    ]

    mutating func run(into report: inout CustomerForgetReport) throws {
        let items = list(scope.items)
        let complaints = list(scope.complaints)
        let followUps = list(scope.followUps)
        let text = EarshotStore.forgottenText
        report.items = scope.items.count
        report.complaints = scope.complaints.count
        report.followUps = scope.followUps.count
        try db.execute(sql: """
            DELETE FROM note WHERE item_id IN (\(items)) OR complaint_id IN (\(complaints)) OR followup_id IN (\(followUps))
            """)
        report.notes = db.changesCount
        try db.execute(sql: "DELETE FROM reply WHERE item_id IN (\(items))")
        report.replies = db.changesCount
        try db.execute(sql: "DELETE FROM customer_handle WHERE customer_id = ?", arguments: [scope.customer])
        report.handles = db.changesCount
        try db.execute(sql: """
            UPDATE item SET text = ?, title = NULL, author = 'forgotten', url = NULL, external_id = NULL, analysis = NULL,
                version = version + 1
            WHERE id IN (\(items))
            """, arguments: [text])
        try db.execute(sql: """
            UPDATE complaint SET summary = ?, resolution = NULL, version = version + 1 WHERE id IN (\(complaints))
            """, arguments: [text])
        try db.execute(sql: """
            UPDATE followup SET reason = ?, outcome = NULL, version = version + 1 WHERE id IN (\(followUps))
            """, arguments: [text])
        try db.execute(sql: """
            UPDATE customer SET name = ?, name_key = ?, contact = NULL, notes = NULL, version = version + 1 WHERE id = ?
            """, arguments: ["forgotten P\(scope.customer)", try forgottenKey(), scope.customer])
        report.events = try blankHistory()
        try record(report)
        try db.execute(sql: "INSERT INTO item_fts(item_fts) VALUES ('optimize')")
        try db.execute(sql: "INSERT INTO note_fts(note_fts) VALUES ('optimize')")
    }

    /// The customer's name key once forgotten (see `ForgottenCustomerKey`); a customer forgotten
    /// before keeps the key it has.
    private func forgottenKey() throws -> String {
        let row = try Row.fetchOne(db, sql: "SELECT name_key, contact FROM customer WHERE id = ?", arguments: [scope.customer])
        let nameKey: String = row?["name_key"] ?? ""
        guard !nameKey.hasPrefix("forgotten:") else { return nameKey }
        return ForgottenCustomerKey.make(nameKey: nameKey, contact: row?["contact"])
    }

    /// Blanks the text of the scope's history, with the append-only guard lifted for this
    /// transaction only.
    private func blankHistory() throws -> Int {
        try db.execute(sql: "DROP TRIGGER event_no_update; DROP TRIGGER event_no_delete")
        let entities = scope.entities.map { "('\($0.kind.prefix)', \($0.id))" }.joined(separator: ",")
        let factual = Self.factualFields.map { "'\($0)'" }.joined(separator: ",")
        try db.execute(sql: """
            UPDATE event SET before = CASE WHEN before IS NULL THEN NULL ELSE '[forgotten]' END,
                after = CASE WHEN after IS NULL THEN NULL ELSE '[forgotten]' END, before_value = NULL, after_value = NULL
            WHERE (entity_kind, entity_id) IN (VALUES \(entities)) AND field NOT IN (\(factual))
            """)
        let blanked = db.changesCount
        try db.execute(sql: StoreSchema.appendOnlyHistory)
        return blanked
    }

    /// A `forgotten` event on each entity (at its new version) saying what happened, not what was there.
    private func record(_ report: CustomerForgetReport) throws {
        for entity in scope.entities {
            let version = try Int.fetchOne(db, sql: "SELECT version FROM \(entity.kind.table) WHERE id = ?",
                                           arguments: [entity.id])
            let what = entity.kind == .customer
                ? "name, contact and text removed on request (\(report.summary))"
                : "text removed at the customer's request (P\(scope.customer))"
            try db.execute(sql: """
                INSERT INTO event (at, user, entity_kind, entity_id, field, before, after, version)
                VALUES (?, ?, ?, ?, 'forgotten', NULL, ?, ?)
                """, arguments: [at, user, entity.kind.prefix, entity.id, what, version])
        }
    }

    private func list(_ ids: [Int64]) -> String {
        ids.isEmpty ? "NULL" : ids.map(String.init).joined(separator: ",")
    }
}
