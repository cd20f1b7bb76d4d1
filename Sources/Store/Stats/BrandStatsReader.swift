import Foundation
import GRDB
import Sentiment

/// Reads one period's figures for a set of brands from the summary tables and the (much
/// smaller) complaint and follow-up tables, in one read transaction.
struct BrandStatsReader {
    let db: Database
    let window: StatsWindow

    /// A brand as listed: row id, short id, name, own.
    struct Listed {
        var row: Int64
        var name: String
        var isOwn: Bool
    }

    /// The window of `period` ending on the day of `now`.
    static func window(_ db: Database, period: StatsPeriod, now: Date) throws -> StatsWindow {
        let today = StatsDay.of(now.timeIntervalSince1970)
        let firstDay = period == .all
            ? try Int.fetchOne(db, sql: "SELECT MIN(day) FROM brand_day WHERE volume > 0")
            : nil
        return StatsWindow(period: period, today: today, firstDay: firstDay)
    }

    func stats(for brands: [Listed]) throws -> [BrandStats] {
        let days = try dayTallies()
        let aspectTallies = try aspectTallies()
        let currentAspects = aspectTallies.current
        let previousAspects = window.previous.map { _ in aspectTallies.previous }
        let currentFollowUps = try followUps(in: window.current)
        let previousFollowUps = try window.previous.map { try followUps(in: $0) }
        let currentResponses = try responseTimes(in: window.current)
        let previousResponses = try window.previous.map { try responseTimes(in: $0) }
        return brands.map { brand in
            let tallies = days[brand.row]
            let current = figures(tallies?.current ?? DayTally(), aspects: currentAspects[brand.row],
                                  followUps: currentFollowUps[brand.row], responses: currentResponses[brand.row])
            let previous = previousAspects.map { aspects in
                figures(tallies?.previous ?? DayTally(), aspects: aspects[brand.row],
                        followUps: previousFollowUps?[brand.row], responses: previousResponses?[brand.row])
            }
            return BrandStats(id: EntityKind.brand.prefix + String(brand.row), name: brand.name, isOwn: brand.isOwn,
                              current: current, previous: previous,
                              weekly: weekly(tallies?.weeks ?? Array(repeating: DayTally(), count: window.weeks)))
        }
    }

    private func figures(_ tally: DayTally, aspects: [Aspect: AspectTally]?, followUps: (due: Int, done: Int)?,
                         responses: [Double]?) -> BrandFigures {
        BrandFigures(volume: tally.volume, rated: tally.rated, averageRating: tally.averageRating,
                     positive: tally.positive, neutral: tally.neutral, negative: tally.negative,
                     meanScore: tally.meanScore, complaints: tally.complaints,
                     followUpsDue: followUps?.due ?? 0, followUpsDone: followUps?.done ?? 0,
                     responded: responses?.count ?? 0, medianFirstResponse: Median.of(responses ?? []),
                     aspects: Aspect.allCases.compactMap { aspects?[$0] }.filter { $0.praised != 0 || $0.complained != 0 })
    }

    private func weekly(_ tallies: [DayTally]) -> [WeekFigures] {
        let today = window.current.upperBound
        return tallies.enumerated().map { index, tally in
            let lastDay = today - 7 * (tallies.count - 1 - index)
            return WeekFigures(lastDay: Date(timeIntervalSince1970: StatsDay.start(lastDay)), volume: tally.volume,
                               positive: tally.positive, negative: tally.negative, meanScore: tally.meanScore,
                               averageRating: tally.averageRating)
        }
    }

    /// Per brand: the period's, the period before's and each trend week's sums of `brand_day`.
    private func dayTallies() throws -> [Int64: (current: DayTally, previous: DayTally, weeks: [DayTally])] {
        var result: [Int64: (current: DayTally, previous: DayTally, weeks: [DayTally])] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT \(BrandStatsSQL.dayColumns) FROM brand_day WHERE day BETWEEN ? AND ?
            """, arguments: [window.firstNeededDay, window.current.upperBound])
        while let row = try rows.next() {
            let brand: Int64 = row[0]
            let day: Int = row[1]
            let tally = DayTally(volume: row[2], rated: row[3], ratingSum: row[4], positive: row[5], neutral: row[6],
                                 negative: row[7], scoreSum: row[8], complaints: row[9])
            var entry = result[brand] ?? (DayTally(), DayTally(), Array(repeating: DayTally(), count: window.weeks))
            if window.current.contains(day) { entry.current.add(tally) }
            if window.previous?.contains(day) ?? false { entry.previous.add(tally) }
            if let week = window.week(of: day) { entry.weeks[week].add(tally) }
            result[brand] = entry
        }
        return result
    }

    /// Per brand: the aspects of the period and of the period before, summed here from one pass
    /// over the days (a grouped query would sort every row of a year first).
    private func aspectTallies() throws -> (current: [Int64: [Aspect: AspectTally]], previous: [Int64: [Aspect: AspectTally]]) {
        var current: [Int64: [Aspect: AspectTally]] = [:]
        var previous: [Int64: [Aspect: AspectTally]] = [:]
        let aspects = Dictionary(uniqueKeysWithValues: Aspect.allCases.map { ($0.rawValue, $0) })
        let first = window.previous?.lowerBound ?? window.current.lowerBound
        let rows = try Row.fetchCursor(db, sql: """
            SELECT brand_id, day, aspect, praised, complained FROM brand_aspect_day WHERE day BETWEEN ? AND ?
            """, arguments: [first, window.current.upperBound])
        while let row = try rows.next() {
            guard let aspect = aspects[row[2] as String] else { continue }
            let brand: Int64 = row[0]
            let day: Int = row[1]
            let praised: Int = row[3]
            let complained: Int = row[4]
            if window.current.contains(day) {
                current[brand, default: [:]][aspect, default: AspectTally(aspect: aspect, praised: 0, complained: 0)]
                    .add(praised: praised, complained: complained)
            } else if window.previous?.contains(day) ?? false {
                previous[brand, default: [:]][aspect, default: AspectTally(aspect: aspect, praised: 0, complained: 0)]
                    .add(praised: praised, complained: complained)
            }
        }
        return (current, previous)
    }

    /// The time range of `days`; all time has no lower bound, so that cases older than the
    /// first item still count.
    private func seconds(_ days: ClosedRange<Int>) -> (from: Double, to: Double) {
        let isAllTime = window.previous == nil && days == window.current
        return (isAllTime ? -Double.greatestFiniteMagnitude : StatsDay.start(days.lowerBound),
                StatsDay.start(days.upperBound + 1))
    }

    /// Per brand: follow-ups due in the period that were not skipped, and how many are done.
    private func followUps(in days: ClosedRange<Int>) throws -> [Int64: (due: Int, done: Int)] {
        let range = seconds(days)
        var result: [Int64: (due: Int, done: Int)] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT brand_id, COUNT(*) AS due, SUM(status = 'done') AS done FROM followup
            WHERE status IN ('todo', 'done') AND due >= ? AND due < ? AND brand_id IS NOT NULL GROUP BY brand_id
            """, arguments: [range.from, range.to]) {
            result[row["brand_id"]] = (row["due"], row["done"])
        }
        return result
    }

    /// Per brand: seconds from opening to first response of the complaints opened in the period
    /// that have had one.
    private func responseTimes(in days: ClosedRange<Int>) throws -> [Int64: [Double]] {
        let range = seconds(days)
        var result: [Int64: [Double]] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT brand_id, first_response_at - opened FROM complaint
            WHERE opened >= ? AND opened < ? AND first_response_at IS NOT NULL
            """, arguments: [range.from, range.to])
        while let row = try rows.next() {
            result[row[0], default: []].append(max(0, row[1] as Double))
        }
        return result
    }
}
