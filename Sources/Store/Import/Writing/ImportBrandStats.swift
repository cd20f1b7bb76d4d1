import GRDB

/// An import's new items tallied per brand and day (and aspect) as the writer adds them, and
/// written to the summary tables once at the import's end: the insert triggers stand aside during
/// an import, and grouping each window's items in SQL and adding them row by row cost ~8% of the
/// writer (about 7,000 upserts per window of 4,096 items, as a window spans most days), where the
/// whole import touches a few thousand rows once.
///
/// Counts the same as `BrandStatsSQL`: only items `counted` there, complaints by the tagger's flag
/// (links are counted by their own trigger, which never stands aside), aspects beyond its praise
/// and blame thresholds.
struct ImportBrandStats {
    /// A row of `brand_day`.
    struct DayKey: Hashable {
        var brand: Int64
        var day: Int
    }

    /// A row of `brand_aspect_day`.
    struct AspectKey: Hashable {
        var brand: Int64
        var day: Int
        var aspect: String
    }

    private(set) var days: [DayKey: DayTally] = [:]
    private(set) var aspects: [AspectKey: (praised: Int, complained: Int)] = [:]

    /// Whether an item with this status and spam flag counts in the figures (`BrandStatsSQL.counted`).
    static func counted(status: String, isSpam: Bool) -> Bool {
        !(status == "spam" || status == "duplicate" || (isSpam && status == "new"))
    }

    /// Adds a new item as stored: its brand, `posted` time, rating, status and analysis.
    mutating func add(brand: Int64, posted: Double, rating: Int?, status: String, sentiment: TaggedSentiment) {
        guard Self.counted(status: status, isSpam: sentiment.isSpam) else { return }
        let day = StatsDay.of(posted)
        Self.add(rating: rating, sentiment: sentiment, to: &days[DayKey(brand: brand, day: day), default: DayTally()])
        for (aspect, score) in sentiment.aspects {
            let praised = score > BrandStatsSQL.praiseAbove, complained = score < BrandStatsSQL.blameBelow
            guard praised || complained else { continue }
            let key = AspectKey(brand: brand, day: day, aspect: aspect)
            aspects[key, default: (0, 0)].praised += praised ? 1 : 0
            aspects[key, default: (0, 0)].complained += complained ? 1 : 0
        }
    }

    /// Counts one item in a day's tally, as the summary triggers' SQL does (`BrandStatsSQL.dayDelta`) (`TOTAL`, `SUM` of
    /// comparisons).
    private static func add(rating: Int?, sentiment: TaggedSentiment, to tally: inout DayTally) {
        tally.volume += 1
        if let rating {
            tally.rated += 1
            tally.ratingSum += Double(rating)
        }
        tally.positive += sentiment.label == "pos" ? 1 : 0
        tally.neutral += sentiment.label == "neu" ? 1 : 0
        tally.negative += sentiment.label == "neg" ? 1 : 0
        tally.scoreSum += sentiment.score
        tally.complaints += sentiment.isComplaint ? 1 : 0
    }

    /// Adds the tallies to the summary tables, a row at a time.
    func write(_ db: Database) throws {
        let day = try db.cachedStatement(sql: """
            INSERT INTO brand_day (\(BrandStatsSQL.dayColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            \(BrandStatsSQL.addDayColumns)
            """)
        for (key, tally) in days {
            try day.execute(arguments: [key.brand, key.day, tally.volume, tally.rated, tally.ratingSum, tally.positive,
                                        tally.neutral, tally.negative, tally.scoreSum, tally.complaints])
        }
        let aspect = try db.cachedStatement(sql: """
            INSERT INTO brand_aspect_day (brand_id, day, aspect, praised, complained) VALUES (?, ?, ?, ?, ?)
            \(BrandStatsSQL.addAspectColumns)
            """)
        for (key, tally) in aspects {
            try aspect.execute(arguments: [key.brand, key.day, key.aspect, tally.praised, tally.complained])
        }
    }
}
