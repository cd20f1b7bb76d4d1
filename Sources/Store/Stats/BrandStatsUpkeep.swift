import GRDB

/// Keeps the summary tables in step where the triggers stand aside: a rebuild from the items,
/// and the new items of an import.
enum BrandStatsUpkeep {
    /// Items folded in per statement when an import's new ids are not one run of numbers.
    static let batchSize = 2000

    /// Recomputes both tables from every item.
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM brand_day; DELETE FROM brand_aspect_day")
        try addItems(db, where: "1", arguments: [], complaint: BrandStatsSQL.complaint("i"))
    }

    /// Adds an import's new items, which the insert triggers left out. Their complaint links
    /// were counted by the link trigger, which never stands aside, so only the tagger's flag is
    /// added here.
    static func addImported(_ db: Database, items: [Int64]) throws {
        guard let low = items.min(), let high = items.max() else { return }
        if high - low + 1 == Int64(items.count) {
            // Ids are unique, so as many as the range holds means they are the whole range.
            try addItems(db, where: "i.id BETWEEN ? AND ?", arguments: [low, high], complaint: "i.is_complaint")
            return
        }
        let sorted = items.sorted()
        var start = 0
        while start < sorted.count {
            let batch = Array(sorted[start..<min(sorted.count, start + batchSize)])
            let placeholders = Array(repeating: "?", count: batch.count).joined(separator: ",")
            try addItems(db, where: "i.id IN (\(placeholders))", arguments: StatementArguments(batch),
                         complaint: "i.is_complaint")
            start += batchSize
        }
    }

    /// Adds the items matching `condition` (on `item i`) to both tables.
    private static func addItems(_ db: Database, where condition: String, arguments: StatementArguments,
                                 complaint: String) throws {
        let day = StatsDay.sql("i")
        try db.execute(sql: """
            INSERT INTO brand_day (\(BrandStatsSQL.dayColumns))
            SELECT i.brand_id, \(day) AS d, COUNT(*), COUNT(i.rating), TOTAL(i.rating), SUM(i.label = 'pos'),
                SUM(i.label = 'neu'), SUM(i.label = 'neg'), TOTAL(i.score), SUM(\(complaint))
            FROM item i WHERE \(condition) AND \(BrandStatsSQL.counted("i"))
            GROUP BY i.brand_id, d
            \(BrandStatsSQL.addDayColumns)
            """, arguments: arguments)
        try db.execute(sql: """
            INSERT INTO brand_aspect_day (brand_id, day, aspect, praised, complained)
            SELECT i.brand_id, \(day) AS d, a.aspect, SUM(a.score \(BrandStatsSQL.praise)), SUM(a.score \(BrandStatsSQL.blame))
            FROM item i JOIN item_aspect a ON a.item_id = i.id
            WHERE \(condition) AND \(BrandStatsSQL.counted("i"))
                AND (a.score \(BrandStatsSQL.praise) OR a.score \(BrandStatsSQL.blame))
            GROUP BY i.brand_id, d, a.aspect
            \(BrandStatsSQL.addAspectColumns)
            """, arguments: arguments)
    }
}
