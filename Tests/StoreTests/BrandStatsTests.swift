import Foundation
import GRDB
import Testing
@testable import Store

/// The Brands pane's figures against `BrandStatsOracle` (plain Swift over the rows) on generated
/// stores, through imports, triage changes and deletions.
@Suite struct BrandStatsTests {
    /// 2026-11-22T15:30:00Z: "today" of the generated stores.
    static let now = Date(timeIntervalSince1970: 1_795_361_400)

    static let texts = [
        "Lovely flat white and friendly staff, great atmosphere.",
        "We waited forty minutes for a cold coffee. Terrible service.",
        "Far too expensive for what it is, prices keep going up.",
        "The tables were dirty and the floor was sticky.",
        "Best croissants in town, fresh and flaky.",
        "It was fine.",
        "Delivery arrived late and the food was cold. I want a refund.",
        "Booking online was easy and the staff were quick.",
        "Rude staff, slow service, but the cake was delicious.",
        "Opening hours are 8 to 6.",
    ]

    /// A store of three brands and `items` items over 420 days before `now`, with random ratings,
    /// statuses (spam and duplicates included), complaints, first responses and follow-ups.
    static func generated(items: Int, seed: UInt64, now: Date = now) -> String {
        var random = SplitMix64(seed: seed)
        var lines = [
            #"{"type":"brand","id":"B1","name":"Crumb & Kettle","own":true}"#,
            #"{"type":"brand","id":"B2","name":"Maison Levain"}"#,
            #"{"type":"brand","id":"B3","name":"Bap & Go"}"#,
        ]
        let statuses = ["new", "new", "open", "done", "done", "spam", "waiting"]
        for number in 1...items {
            let posted = now.timeIntervalSince1970 - Double(random.next() % (420 * 86_400))
            let rating = random.next() % 4 == 0 ? "null" : String(1 + random.next() % 5)
            var status = statuses[Int(random.next() % UInt64(statuses.count))]
            var extra = status == "waiting" ? #","waiting_until":"2026-12-01""# : ""
            if number > 1, random.next() % 20 == 0 {
                status = "duplicate"
                extra = #","duplicate_of":"R\#(1 + random.next() % UInt64(number - 1))""#
            }
            let text = texts[Int(random.next() % UInt64(texts.count))] + " #\(number)"
            let priority = random.next() % 15 == 0 ? "urgent" : "normal"
            lines.append("""
                {"id":"R\(number)","brand":"B\(1 + random.next() % 3)","source":"google","author":"A\(number)",\
                "rating":\(rating),"text":"\(text)","posted":"\(ISOTime.format(posted))","status":"\(status)",\
                "priority":"\(priority)"\(extra)}
                """)
        }
        for number in 1...max(1, items / 8) {
            let item = 1 + random.next() % UInt64(items)
            let second = random.next() % 4 == 0 ? ",\"R\(1 + random.next() % UInt64(items))\"" : ""
            let opened = now.timeIntervalSince1970 - Double(random.next() % (400 * 86_400))
            let response = random.next() % 3 == 0 ? "null"
                : "\"\(ISOTime.format(opened + Double(random.next() % (5 * 86_400))))\""
            lines.append("""
                {"type":"complaint","id":"C\(number)","brand":"B\(1 + random.next() % 3)","items":["R\(item)"\(second)],\
                "category":"speed","summary":"Slow","severity":"normal","status":"open",\
                "opened":"\(ISOTime.format(opened))","first_response_at":\(response)}
                """)
        }
        let followUpStatuses = ["todo", "done", "done", "skipped"]
        for number in 1...max(1, items / 6) {
            let due = now.timeIntervalSince1970 - Double(random.next() % (400 * 86_400)) + 20 * 86_400
            lines.append("""
                {"type":"followup","id":"F\(number)","item":"R\(1 + random.next() % UInt64(items))","channel":"call",\
                "due":"\(ISOTime.formatDate(due))","status":"\(followUpStatuses[Int(random.next() % 4)])","reason":"Call"}
                """)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every figure of every brand, period and trend week against the oracle.
    static func expectAgreement(_ store: EarshotStore, now: Date = now, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let oracle = try BrandStatsOracle(store)
        let today = Int((now.timeIntervalSince1970 / 86_400).rounded(.down))
        for period in StatsPeriod.allCases {
            let report = try store.brandStats(period: period, now: now)
            #expect(report.brands.map(\.id) == oracle.orderedBrandIDs, sourceLocation: sourceLocation)
            let from = period.days.map { today - $0 + 1 }
            for brand in report.brands {
                let row = Int64(brand.id.dropFirst()) ?? -1
                expectSame(brand.current, oracle.figures(brand: row, from: from, to: today), "\(brand.id) \(period)", sourceLocation)
                if let days = period.days {
                    let previous = try #require(brand.previous, sourceLocation: sourceLocation)
                    expectSame(previous, oracle.figures(brand: row, from: today - 2 * days + 1, to: today - days),
                               "\(brand.id) \(period) before", sourceLocation)
                } else {
                    #expect(brand.previous == nil, sourceLocation: sourceLocation)
                }
                #expect(brand.weekly.map(\.volume) == oracle.weeklyVolume(brand: row, today: today, weeks: brand.weekly.count),
                        "\(brand.id) \(period) weeks", sourceLocation: sourceLocation)
            }
        }
    }

    static func expectSame(_ actual: BrandFigures, _ expected: BrandFigures, _ what: String, _ location: SourceLocation) {
        let counts = [actual.volume, actual.rated, actual.positive, actual.neutral, actual.negative, actual.complaints,
                      actual.followUpsDue, actual.followUpsDone, actual.responded]
        let expectedCounts = [expected.volume, expected.rated, expected.positive, expected.neutral, expected.negative,
                              expected.complaints, expected.followUpsDue, expected.followUpsDone, expected.responded]
        #expect(counts == expectedCounts, "\(what): counts", sourceLocation: location)
        #expect(close(actual.averageRating, expected.averageRating), "\(what): rating", sourceLocation: location)
        #expect(close(actual.meanScore, expected.meanScore), "\(what): mean score", sourceLocation: location)
        #expect(close(actual.medianFirstResponse, expected.medianFirstResponse), "\(what): median", sourceLocation: location)
        #expect(actual.aspects == expected.aspects, "\(what): aspects", sourceLocation: location)
    }

    static func close(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case (let a?, let b?): return abs(a - b) < 1e-9
        default: return false
        }
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func figuresAgreeWithAPlainCount(seed: UInt64) throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        try Fixtures.importText(store, "generated.jsonl", Self.generated(items: 600, seed: seed))
        try Self.expectAgreement(store)
    }

    @Test func triageChangesKeepTheFiguresExact() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        try Fixtures.importText(store, "generated.jsonl", Self.generated(items: 300, seed: 9))
        var random = SplitMix64(seed: 99)
        let statuses: [ItemStatus] = [.new, .open, .done, .spam, .duplicate(of: "R1")]
        for _ in 0..<60 {
            let id = "R\(2 + random.next() % 299)"
            try store.apply(ItemChange(status: statuses[Int(random.next() % UInt64(statuses.count))]), to: id)
        }
        for _ in 0..<15 {
            _ = try? store.openComplaint(from: "R\(2 + random.next() % 299)")
        }
        try Self.expectAgreement(store)
        // A second import adds items and links complaints to items of the first.
        try Fixtures.importText(store, "more.jsonl", Self.generated(items: 120, seed: 10)
            .replacingOccurrences(of: "\"id\":\"", with: "\"id\":\"X"))
        try Self.expectAgreement(store)
        // Changes no code path makes yet: a brand, a day and an item moved or deleted by hand.
        let queue = try DatabaseQueue(path: store.path)
        try queue.write { db in
            try db.execute(sql: "UPDATE item SET brand_id = 2, posted = posted - 86400 * 40 WHERE id % 7 = 0")
            try db.execute(sql: "UPDATE item SET is_spam = 1 WHERE id % 11 = 0")
            try db.execute(sql: "DELETE FROM item WHERE id % 13 = 0")
            try db.execute(sql: "DELETE FROM complaint_item WHERE item_id % 5 = 0")
        }
        try queue.close()
        try Self.expectAgreement(store)
    }

    @Test func aRebuildGivesTheSameTablesAsTheUpkeep() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        try Fixtures.importText(store, "generated.jsonl", Self.generated(items: 400, seed: 4))
        try store.apply(ItemChange(status: .spam), to: "R3")
        _ = try? store.openComplaint(from: "R4")
        let before = try Self.tables(store)
        try store.rebuildBrandStats()
        #expect(try Self.tables(store) == before)
    }

    /// Both summary tables as text, rows that sum to nothing left out, sums rounded.
    static func tables(_ store: EarshotStore) throws -> [String] {
        let queue = try DatabaseQueue(path: store.path)
        defer { try? queue.close() }
        return try queue.read { db in
            try String.fetchAll(db, sql: """
                SELECT brand_id || ' ' || day || ' ' || volume || ' ' || rated || ' ' || rating_sum || ' ' || positive
                    || ' ' || neutral || ' ' || negative || ' ' || round(score_sum, 9) || ' ' || complaints
                FROM brand_day WHERE volume != 0 OR complaints != 0 ORDER BY brand_id, day
                """) + String.fetchAll(db, sql: """
                SELECT brand_id || ' ' || day || ' ' || aspect || ' ' || praised || ' ' || complained
                FROM brand_aspect_day WHERE praised != 0 OR complained != 0 ORDER BY brand_id, day, aspect
                """)
        }
    }

    @Test func anEmptyPeriodHasNoAveragesAndNoChanges() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        try Fixtures.importText(store, "generated.jsonl", Self.generated(items: 50, seed: 5))
        let later = Self.now.addingTimeInterval(3 * 365 * 86_400)
        let report = try store.brandStats(period: .week, now: later)
        for brand in report.brands {
            #expect(brand.current.volume == 0)
            #expect(brand.current.averageRating == nil && brand.current.netSentiment == nil)
            #expect(brand.current.complaintShare == nil && brand.current.followUpCompletion == nil)
            #expect(brand.current.medianFirstResponse == nil && brand.current.topPraised.isEmpty)
            #expect(brand.changes?.volume == nil && brand.changes?.averageRating == nil)
            #expect(brand.weekly.count == 12 && brand.weekly.allSatisfy { $0.volume == 0 && $0.meanScore == nil })
        }
        try Self.expectAgreement(store, now: later)
    }

    @Test func oneItemWithoutARating() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        try Fixtures.importText(store, "one.jsonl", """
            {"type":"brand","id":"B1","name":"Solo","own":true}
            {"id":"R1","brand":"B1","source":"email","author":"Kim","text":"We waited an hour and the coffee was cold.","posted":"2026-11-22T08:00:00Z"}
            """)
        let report = try store.brandStats(period: .month, now: Self.now)
        let solo = try #require(report.brands.first)
        #expect(solo.current.volume == 1 && solo.current.rated == 0 && solo.current.averageRating == nil)
        #expect(solo.current.netSentiment == -1 && solo.current.complaintShare == 1)
        #expect(solo.weekly.last?.volume == 1)
        #expect(report.from == Date(timeIntervalSince1970: 1_795_305_600 - 29 * 86_400))
        #expect(report.to == Date(timeIntervalSince1970: 1_795_305_600))
        try Self.expectAgreement(store)
    }

    @Test func theMedianIsExact() {
        #expect(Median.of([]) == nil)
        #expect(Median.of([5]) == 5)
        #expect(Median.of([9, 1]) == 5)
        #expect(Median.of([3, 1, 2]) == 2)
        var random = SplitMix64(seed: 3)
        for count in 1...60 {
            let values = (0..<count).map { _ in Double(random.next() % 50) }
            let sorted = values.sorted()
            let expected = count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2
            #expect(Median.of(values) == expected)
        }
    }

    @Test func notableItemsAreTheBrandsExtremes() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        try Fixtures.importText(store, "generated.jsonl", Self.generated(items: 300, seed: 6))
        let notable = try store.notableItems(brandID: "B1", period: .quarter, now: Self.now, limit: 3)
        let oracle = try BrandStatsOracle(store)
        let today = Int((Self.now.timeIntervalSince1970 / 86_400).rounded(.down))
        let recent = oracle.items.filter { $0.brand == 1 && $0.counts && $0.day > today - 90 && $0.day <= today }
        let negative = recent.filter { $0.label == "neg" }.map(\.score).sorted().prefix(3)
        let positive = recent.filter { $0.label == "pos" }.map(\.score).sorted(by: >).prefix(3)
        #expect(notable.mostNegative.map(\.score) == Array(negative))
        #expect(notable.mostPositive.map(\.score) == Array(positive))
        #expect(notable.mostNegative.allSatisfy { $0.brandID == "B1" })
        #expect(notable.urgent.allSatisfy { $0.brandID == "B1" && !["done", "spam", "duplicate"].contains($0.status) })
    }
}
