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
    ///
    /// The window is read newest first along `item(brand_id, posted)` (a few columns of at most
    /// that many rows), the picks are made here, and only the picked rows are read whole.
    public func notableItems(brandID: String, period: StatsPeriod, now: Date, limit: Int = 3) throws -> NotableItems {
        guard let brand = ShortID(brandID, kind: .brand)?.number else { return NotableItems() }
        return try reading { db in
            let window = try BrandStatsReader.window(db, period: period, now: now)
            let from = period == .all ? -Double.greatestFiniteMagnitude : StatsDay.start(window.current.lowerBound)
            let recent = try Row.fetchAll(db, sql: """
                SELECT i.id, i.score, i.label, (i.is_urgent = 1 OR i.priority = 'urgent') AS urgent,
                    i.status IN ('done', 'spam', 'duplicate') AS settled
                FROM item i WHERE i.brand_id = ? AND i.posted >= ? AND i.posted < ? AND \(BrandStatsSQL.counted("i"))
                ORDER BY i.posted DESC, i.id DESC LIMIT \(NotableItems.recentWindow)
                """, arguments: [brand, from, StatsDay.start(window.current.upperBound + 1)]).map {
                NotableCandidate(id: $0["id"], score: $0["score"], label: $0["label"], urgent: $0["urgent"], settled: $0["settled"])
            }
            let picks = NotableCandidate.picks(recent, limit: max(0, limit))
            let ids = picks.mostNegative + picks.mostPositive + picks.urgent
            guard !ids.isEmpty else { return NotableItems() }
            let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ",")
            let rows = Dictionary(try Row.fetchAll(db, sql: ReviewRow.selectSQL + " WHERE i.id IN (\(placeholders))",
                                                   arguments: StatementArguments(ids)).map { ($0["id"] as Int64, ReviewRow(row: $0)) },
                                  uniquingKeysWith: { first, _ in first })
            return NotableItems(mostNegative: picks.mostNegative.compactMap { rows[$0] },
                                mostPositive: picks.mostPositive.compactMap { rows[$0] },
                                urgent: picks.urgent.compactMap { rows[$0] })
        }
    }

    /// Recomputes the Brands pane's summary tables from the items (they are kept in step on
    /// every write; this is for checks and repairs).
    public func rebuildBrandStats() throws {
        try writing { db in try BrandStatsUpkeep.rebuild(db) }
    }
}
