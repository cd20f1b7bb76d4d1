import Foundation
import GRDB
import Sentiment

extension EarshotStore {
    /// Weeks in the Brands pane's trend.
    public static let trendWeeks = 12

    /// Every brand's all-time figures, own brand(s) first, then competitors by name (`earshot
    /// brands`, `show B1`), summed from the per-day summary tables rather than the items.
    public func brandSummaries(now: Date) throws -> [BrandSummary] {
        try reading { db in
            let totals = try Self.brandTotals(db)
            let weeks = try Self.weeklyFigures(db, now: now.timeIntervalSince1970)
            let aspects = try Self.aspectFigures(db)
            return try Row.fetchAll(db, sql: "SELECT id, name, own FROM brand ORDER BY own DESC, name_key, id").map { row in
                let id: Int64 = row["id"]
                let total = totals[id]
                let week = weeks[id]
                return BrandSummary(
                    id: EntityKind.brand.prefix + String(id),
                    name: row["name"],
                    isOwn: row["own"],
                    volume: total?.volume ?? 0,
                    averageRating: total?.averageRating,
                    positive: total?.positive ?? 0,
                    neutral: total?.neutral ?? 0,
                    negative: total?.negative ?? 0,
                    weeklyVolume: week?.volume ?? Array(repeating: 0, count: Self.trendWeeks),
                    weeklySentiment: week?.sentiment ?? Array(repeating: 0, count: Self.trendWeeks),
                    topPraised: Self.top(aspects[id]?.praised ?? [:]),
                    topComplained: Self.top(aspects[id]?.complained ?? [:]))
            }
        }
    }

    /// The Brands pane's summaries of the brands that match `filter` (`brand:`, `is:own`, words
    /// in the name or an alias), in the same order.
    public func brandSummaries(_ filter: ListFilter, now: Date) throws -> [BrandSummary] {
        let query = try filter.sql(for: .brands, user: user, now: now.timeIntervalSince1970)
        let summaries = try brandSummaries(now: now)
        guard !query.conditions.isEmpty else { return summaries }
        let matching = Set(try reading { db in
            try Int64.fetchAll(db, sql: "SELECT b.id FROM brand b" + query.whereSQL, arguments: query.statementArguments)
        }.map { EntityKind.brand.prefix + String($0) })
        return summaries.filter { matching.contains($0.id) }
    }

    /// Per brand, all time: from the per-day summary tables, so a million items cost a few
    /// hundred rows (they count what `BrandStatsSQL.counted` counts).
    private static func brandTotals(_ db: Database) throws -> [Int64: BrandTotals] {
        var totals: [Int64: BrandTotals] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT brand_id, SUM(volume) AS volume, SUM(rating_sum) / NULLIF(SUM(rated), 0) AS rating,
                SUM(positive) AS positive, SUM(neutral) AS neutral, SUM(negative) AS negative
            FROM brand_day GROUP BY brand_id HAVING SUM(volume) > 0
            """) {
            totals[row["brand_id"]] = BrandTotals(volume: row["volume"], averageRating: row["rating"],
                                                  positive: row["positive"], neutral: row["neutral"],
                                                  negative: row["negative"])
        }
        return totals
    }

    /// Per brand: items and mean score in each of the last 12 weeks of days ending with the day
    /// of `now`, oldest first.
    private static func weeklyFigures(_ db: Database, now: Double) throws -> [Int64: (volume: [Int], sentiment: [Double])] {
        var figures: [Int64: (volume: [Int], sentiment: [Double])] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT brand_id, (:today - day) / 7 AS age, SUM(volume) AS volume, SUM(score_sum) AS score
            FROM brand_day
            WHERE day <= :today AND day > :today - 7 * :weeks
            GROUP BY brand_id, age HAVING SUM(volume) > 0
            """, arguments: ["today": StatsDay.of(now), "weeks": trendWeeks]) {
            let brand: Int64 = row["brand_id"]
            let age: Int = row["age"]
            guard (0..<trendWeeks).contains(age) else { continue }
            let volume: Int = row["volume"]
            var entry = figures[brand] ?? (Array(repeating: 0, count: trendWeeks), Array(repeating: 0, count: trendWeeks))
            entry.volume[trendWeeks - 1 - age] = volume
            entry.sentiment[trendWeeks - 1 - age] = (row["score"] as Double) / Double(volume)
            figures[brand] = entry
        }
        return figures
    }

    /// Per brand and aspect, all time: how many items praised it and how many complained about it.
    private static func aspectFigures(_ db: Database) throws
        -> [Int64: (praised: [Aspect: Int], complained: [Aspect: Int])] {
        var figures: [Int64: (praised: [Aspect: Int], complained: [Aspect: Int])] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT brand_id, aspect, SUM(praised) AS praised, SUM(complained) AS complained
            FROM brand_aspect_day GROUP BY brand_id, aspect
            """) {
            guard let aspect = Aspect(rawValue: row["aspect"]) else { continue }
            let brand: Int64 = row["brand_id"]
            var entry = figures[brand] ?? ([:], [:])
            entry.praised[aspect] = row["praised"]
            entry.complained[aspect] = row["complained"]
            figures[brand] = entry
        }
        return figures
    }

    /// The three aspects with the highest non-zero counts, ties in the aspects' declared order.
    private static func top(_ counts: [Aspect: Int]) -> [AspectCount] {
        let order = Dictionary(uniqueKeysWithValues: Aspect.allCases.enumerated().map { ($1, $0) })
        return counts.filter { $0.value > 0 }
            .sorted { ($1.value, order[$0.key] ?? 0) < ($0.value, order[$1.key] ?? 0) }
            .prefix(3)
            .map { AspectCount(aspect: $0.key, count: $0.value) }
    }
}
