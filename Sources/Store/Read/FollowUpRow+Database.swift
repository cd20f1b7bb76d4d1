import GRDB

extension FollowUpRow {
    /// The columns `init(row:)` reads, with the urgency at `today` (start of today, UTC) under
    /// `weights`: each term a column (`u_due`, `u_overdue`, …, see `UrgencyWeights`) and their
    /// sum `urgency`; 0 for done and skipped follow-ups. The numbers are written into the SQL,
    /// so the statement takes only the caller's arguments.
    static func selectSQL(today: Double, weights: UrgencyWeights = UrgencyWeights()) -> String {
        let terms = UrgencyWeights.names.map { name in
            (name, (urgencyTerms[name] ?? "0.0").replacingOccurrences(of: ":today", with: String(today))
                .replacingOccurrences(of: ":w", with: String(weights[name] ?? 0)))
        }
        let sum = terms.map { "(\($0.1))" }.joined(separator: " + ")
        let columns = terms.map { "\($0.1) AS u_\($0.0)" }.joined(separator: ",\n    ")
        return selectTemplate.replacingOccurrences(of: ":urgency", with: sum).replacingOccurrences(of: ":terms", with: columns)
    }

    private static let selectTemplate = """
        SELECT f.id, f.customer_id, cu.name AS customer_name, f.brand_id, f.channel, f.due, f.status, f.owner,
            f.reason, f.item_id, f.complaint_id, f.outcome, f.done_at, cu.contact AS customer_contact, f.version,
            :urgency AS urgency,
            :terms
        FROM followup f
        LEFT JOIN customer cu ON cu.id = f.customer_id
        LEFT JOIN complaint c ON c.id = f.complaint_id
        LEFT JOIN item i ON i.id = f.item_id
        """

    /// Each term of `UrgencyWeights` as SQL, `:w` its weight.
    private static let urgencyTerms: [String: String] = [
        "due": """
            CASE WHEN f.status != 'todo' THEN 0.0 WHEN f.due < :today THEN :w
            ELSE :w * MAX(0.0, 1.0 - (f.due - :today) / (14.0 * 86400.0)) END
            """,
        "overdue": """
            CASE WHEN f.status = 'todo' AND f.due < :today
            THEN :w * (1.0 + MIN((:today - f.due) / 86400.0, 14.0) / 14.0) ELSE 0.0 END
            """,
        "severity": """
            CASE WHEN f.status != 'todo' THEN 0.0 ELSE :w * (CASE c.severity WHEN 'critical' THEN 1.0
            WHEN 'high' THEN 0.6 WHEN 'normal' THEN 0.3 WHEN 'low' THEN 0.1 ELSE 0.0 END) END
            """,
        "sentiment": "CASE WHEN f.status = 'todo' AND i.score < 0 THEN :w * -i.score ELSE 0.0 END",
        "rating": "CASE WHEN f.status = 'todo' AND i.rating IS NOT NULL THEN :w * (5.0 - i.rating) / 4.0 ELSE 0.0 END",
        "age": """
            CASE WHEN f.status != 'todo' THEN 0.0
            ELSE :w * MIN(MAX(:today - COALESCE(i.posted, c.opened, :today), 0.0) / (30.0 * 86400.0), 1.0) END
            """,
        "history": """
            CASE WHEN f.status != 'todo' OR f.customer_id IS NULL THEN 0.0 ELSE :w * MIN(0.25 * (
            (SELECT COUNT(*) FROM complaint c2 WHERE c2.customer_id = f.customer_id AND c2.id IS NOT f.complaint_id)
            + (SELECT COUNT(*) FROM item i2 WHERE i2.customer_id = f.customer_id AND i2.label = 'neg'
               AND i2.id IS NOT f.item_id)), 1.0) END
            """,
    ]

    /// To-do first by urgency (then due soonest); done and skipped after, most recently done first.
    static let orderSQL = """
         ORDER BY f.status = 'todo' DESC, urgency DESC, CASE WHEN f.status = 'todo' THEN f.due END,
             f.done_at DESC, f.id
        """

    init(row: Row) {
        self.init(
            id: EntityKind.followUp.prefix + String(row["id"] as Int64),
            customerID: SQLTime.shortID(.customer, row["customer_id"]),
            customerName: row["customer_name"],
            brandID: SQLTime.shortID(.brand, row["brand_id"]),
            channel: row["channel"],
            due: SQLTime.date(row["due"] as Double),
            status: row["status"],
            owner: row["owner"],
            reason: row["reason"],
            itemID: SQLTime.shortID(.item, row["item_id"]),
            complaintID: SQLTime.shortID(.complaint, row["complaint_id"]),
            urgency: row["urgency"],
            version: row["version"],
            urgencyBreakdown: row["status"] == "todo"
                ? UrgencyBreakdown(terms: UrgencyWeights.names.map { ($0, row["u_" + $0] as Double) })
                : UrgencyBreakdown())
    }
}
