import Foundation
import GRDB

extension EarshotStore {
    /// The Brands pane's figures over `period` ending on the day of `now` (UTC days), own brand(s)
    /// first, then competitors by name; `filter` picks brands as `earshot brands QUERY` does
    /// (`brand:`, `is:own`, `is:competitor`, words of the name or an alias).
    ///
    /// Reads the per-day summary tables (a few hundred rows per brand and year), the follow-ups
    /// due and the complaints opened in the period; never the items themselves.
    public func brandStats(period: StatsPeriod, now: Date, filter: ListFilter = ListFilter()) throws -> BrandStatsReport {
        let query = try filter.sql(for: .brands, user: user, now: now.timeIntervalSince1970)
        return try reading { db in
            let brands = try Row.fetchAll(db, sql: """
                SELECT b.id, b.name, b.own FROM brand b\(query.whereSQL) ORDER BY b.own DESC, b.name_key, b.id
                """, arguments: query.statementArguments).map {
                BrandStatsReader.Listed(row: $0["id"], name: $0["name"], isOwn: $0["own"])
            }
            let window = try BrandStatsReader.window(db, period: period, now: now)
            let stats = try BrandStatsReader(db: db, window: window).stats(for: brands)
            return BrandStatsReport(window: window, brands: stats)
        }
    }

    /// A brand's most negative, most positive and urgent items among its latest
    /// `NotableItems.recentWindow` items of the period, `limit` of each.
    public func notableItems(brandID: String, period: StatsPeriod, now: Date, limit: Int = 3) throws -> NotableItems {
        guard let brand = ShortID(brandID, kind: .brand)?.number else { return NotableItems() }
        return try reading { db in
            let window = try BrandStatsReader.window(db, period: period, now: now)
            let from = period == .all ? -Double.greatestFiniteMagnitude : StatsDay.start(window.current.lowerBound)
            let recent = """
                WITH recent AS (SELECT i.id FROM item i WHERE i.brand_id = ? AND i.posted >= ? AND i.posted < ?
                    AND \(BrandStatsSQL.counted("i")) ORDER BY i.posted DESC LIMIT \(NotableItems.recentWindow))
                \(ReviewRow.selectSQL) WHERE i.id IN (SELECT id FROM recent) AND
                """
            let arguments: StatementArguments = [brand, from, StatsDay.start(window.current.upperBound + 1)]
            func rows(_ condition: String) throws -> [ReviewRow] {
                try Row.fetchAll(db, sql: recent + " " + condition + " LIMIT \(max(0, limit))", arguments: arguments)
                    .map(ReviewRow.init(row:))
            }
            return NotableItems(
                mostNegative: try rows("i.label = 'neg' ORDER BY i.score, i.posted DESC, i.id DESC"),
                mostPositive: try rows("i.label = 'pos' ORDER BY i.score DESC, i.posted DESC, i.id DESC"),
                urgent: try rows("""
                    (i.is_urgent = 1 OR i.priority = 'urgent') AND i.status NOT IN ('done', 'spam', 'duplicate')
                    ORDER BY i.posted DESC, i.id DESC
                    """))
        }
    }

    /// Recomputes the Brands pane's summary tables from the items (they are kept in step on
    /// every write; this is for checks and repairs).
    public func rebuildBrandStats() throws {
        try writing { db in try BrandStatsUpkeep.rebuild(db) }
    }
}
