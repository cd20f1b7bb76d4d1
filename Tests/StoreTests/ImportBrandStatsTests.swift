import GRDB
import Sentiment
import Testing
@testable import Store

/// The import's brand tally counts an item exactly when the summary triggers' SQL does.
@Suite struct ImportBrandStatsTests {
    static let statuses = ["new", "open", "waiting", "done", "spam", "duplicate"]

    @Test(arguments: statuses, [false, true])
    func anItemCountsAsTheSQLCountsIt(status: String, isSpam: Bool) throws {
        let queue = try DatabaseQueue()
        let sql = try queue.read { db in
            try Bool.fetchOne(db, sql: "SELECT \(BrandStatsSQL.counted("x")) FROM (SELECT ? AS status, ? AS is_spam) x",
                              arguments: [status, isSpam])
        }
        #expect(ImportBrandStats.counted(status: status, isSpam: isSpam) == sql)
    }

    @Test(arguments: [-0.06, -0.05, 0.0, 0.05, 0.0500001, 0.3])
    func aspectScoresPassTheSQLThresholds(score: Double) throws {
        let queue = try DatabaseQueue()
        let (praised, blamed) = try queue.read { db in
            (try Bool.fetchOne(db, sql: "SELECT ? \(BrandStatsSQL.praise)", arguments: [score]),
             try Bool.fetchOne(db, sql: "SELECT ? \(BrandStatsSQL.blame)", arguments: [score]))
        }
        var stats = ImportBrandStats()
        var sentiment = TaggedSentiment(SentimentAnalysis(score: 0, label: .neutral, scored: false), text: "")
        sentiment.aspects = [("service", score)]
        stats.add(brand: 1, posted: 86_400 * 3 + 5, rating: nil, status: "new", sentiment: sentiment)
        let tally = stats.aspects[ImportBrandStats.AspectKey(brand: 1, day: 3, aspect: "service")]
        #expect((tally?.praised ?? 0) == (praised == true ? 1 : 0))
        #expect((tally?.complained ?? 0) == (blamed == true ? 1 : 0))
        #expect(stats.days[ImportBrandStats.DayKey(brand: 1, day: 3)]?.volume == 1)
    }
}
