import GRDB

/// Rebuilds the summary tables from the items, where the triggers' upkeep is not enough (an
/// import's new items are added by `ImportBrandStats`).
enum BrandStatsUpkeep {
    /// Recomputes both tables from every item.
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM brand_day; DELETE FROM brand_aspect_day")
        try addItems(db, where: "1", arguments: [], complaint: BrandStatsSQL.complaint("i"))
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
