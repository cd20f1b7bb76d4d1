import GRDB
import Sentiment

extension ReviewRow {
    /// The columns `init(row:)` reads, for `FROM item i JOIN brand b ON b.id = i.brand_id`.
    static let selectSQL = """
        SELECT i.id, i.brand_id, b.name AS brand_name, i.kind, i.source, i.author, i.rating, i.title, i.text,
            i.posted, i.status, i.score, i.label, i.is_urgent, i.is_spam, i.version,
            (i.is_complaint OR EXISTS (SELECT 1 FROM complaint_item ci WHERE ci.item_id = i.id)) AS is_complaint
        FROM item i JOIN brand b ON b.id = i.brand_id
        """

    init(row: Row) {
        self.init(
            id: EntityKind.item.prefix + String(row["id"] as Int64),
            brandID: EntityKind.brand.prefix + String(row["brand_id"] as Int64),
            brandName: row["brand_name"],
            kind: row["kind"],
            source: row["source"],
            author: row["author"],
            rating: row["rating"],
            title: row["title"],
            text: row["text"],
            posted: SQLTime.date(row["posted"] as Double),
            status: row["status"],
            score: row["score"],
            label: SentimentLabel(rawValue: row["label"]) ?? .neutral,
            isUrgent: row["is_urgent"],
            isComplaint: row["is_complaint"],
            isSpam: row["is_spam"],
            version: row["version"])
    }
}
