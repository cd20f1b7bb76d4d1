import GRDB

extension FollowUpRow {
    /// The columns `init(row:)` reads, with the urgency computed for `today` (start of today, UTC;
    /// written into the SQL as a number, so the statement takes only the caller's arguments).
    ///
    /// Urgency of a to-do follow-up = due + 0.5 × severity + 0.3 × negativity, where
    /// due is 2…3 when overdue (growing over two weeks), else 1 when due today falling to 0 two
    /// weeks out; severity is the linked complaint's (critical 1, high 0.6, normal 0.3, low 0.1);
    /// negativity is how negative the linked item is (0…1). So every overdue follow-up outranks
    /// every one that is not, and among the rest the soonest due mostly comes first.
    static func selectSQL(today: Double) -> String {
        selectTemplate.replacingOccurrences(of: ":today", with: String(today))
    }

    private static let selectTemplate = """
        SELECT f.id, f.customer_id, cu.name AS customer_name, f.brand_id, f.channel, f.due, f.status, f.owner,
            f.reason, f.item_id, f.complaint_id, f.outcome, f.done_at, cu.contact AS customer_contact, f.version,
            CASE WHEN f.status = 'todo' THEN
                (CASE WHEN f.due < :today THEN 2.0 + MIN((:today - f.due) / 86400.0, 14.0) / 14.0
                      ELSE MAX(0.0, 1.0 - (f.due - :today) / (14.0 * 86400.0)) END)
                + 0.5 * (CASE c.severity WHEN 'critical' THEN 1.0 WHEN 'high' THEN 0.6
                         WHEN 'normal' THEN 0.3 WHEN 'low' THEN 0.1 ELSE 0.0 END)
                + 0.3 * (CASE WHEN i.score < 0 THEN -i.score ELSE 0.0 END)
            ELSE 0.0 END AS urgency
        FROM followup f
        LEFT JOIN customer cu ON cu.id = f.customer_id
        LEFT JOIN complaint c ON c.id = f.complaint_id
        LEFT JOIN item i ON i.id = f.item_id
        """

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
            version: row["version"])
    }
}
