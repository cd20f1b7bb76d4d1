import Foundation
import GRDB
import Testing
@testable import Store

/// Several words searched together, and the choice between reading their matches and walking
/// the list's time order.
@Suite struct WordSearchPlanTests {
    static let items = """
        {"type":"brand","id":"B1","name":"Crumb & Kettle","own":true}
        {"type":"item","id":"R1","brand":"B1","source":"google","author":"Ann","text":"Rude staff at the till.","posted":"2026-03-10T09:00:00Z"}
        {"type":"item","id":"R2","brand":"B1","source":"google","author":"Bo","text":"A rude barista.","posted":"2026-03-11T09:00:00Z","notes":[{"author":"sam","at":"2026-03-12T08:00:00Z","text":"Staff shortage that day"}]}
        {"type":"item","id":"R3","brand":"B1","source":"yelp","author":"Cy","text":"The staff were lovely.","posted":"2026-03-12T09:00:00Z"}
        {"type":"item","id":"R4","brand":"B1","source":"yelp","author":"Di","text":"Rude.","posted":"2026-03-13T09:00:00Z","notes":[{"author":"sam","at":"2026-03-14T08:00:00Z","text":"Called back"}]}
        {"type":"item","id":"R5","brand":"B1","source":"google","author":"Ed","text":"Staff and barista both rude.","posted":"2026-03-14T09:00:00Z","status":"done"}
        """

    static func reviews(_ store: EarshotStore, _ text: String) throws -> [String] {
        try store.reviewRows(ListFilter(query: Query(parsing: text)), offset: 0, limit: 50).map(\.id)
    }

    @Test(arguments: [
        ("rude staff", ["R5", "R2", "R1"]),
        ("staff rude", ["R5", "R2", "R1"]),
        ("rude staff source:google", ["R5", "R2", "R1"]),
        ("rude staff status:new", ["R2", "R1"]),
        ("rude shortage", ["R2"]),
        ("rude -staff", ["R4"]),
        ("rude staff barista", ["R5", "R2"]),
        ("rude \"staff at\"", ["R1"]),
        ("rude lovely", [String]()),
    ])
    func everyWordMatchesTheTextOrANote(text: String, expected: [String]) throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        try Fixtures.importText(store, "words.jsonl", Self.items)
        #expect(try Self.reviews(store, text) == expected)
        #expect(try store.reviewCount(ListFilter(query: Query(parsing: text))) == expected.count)
    }

    /// 60 items with "coffee", two of them with "quiche".
    static func coffeeStore() throws -> (store: EarshotStore, folder: TemporaryFolder) {
        let (store, folder) = try Fixtures.store()
        var lines = [#"{"type":"brand","id":"B1","name":"Crumb & Kettle","own":true}"#]
        for day in 1...60 {
            let text = day % 30 == 0 ? "Coffee and quiche" : "Coffee number \(day)"
            let posted = String(format: "2026-01-01T%02d:%02d:00Z", day / 60, day % 60)
            lines.append(#"{"type":"item","brand":"B1","source":"google","author":"A\#(day)","text":"\#(text)","posted":"\#(posted)"}"#)
        }
        try Fixtures.importText(store, "coffee.jsonl", lines.joined(separator: "\n"))
        return (store, folder)
    }

    @Test(arguments: [
        // 60 matches of 60 items: a window of 200 passes fewer rows along the time index than
        // √(200 · 60 / 16) ≈ 28 matches read one by one.
        ("coffee", nil as ListOrder?, TextSearchPlan.alongOrder as TextSearchPlan?),
        ("coffee quiche", nil, .throughMatches),
        ("quiche", nil, .throughMatches),
        ("zebra", nil, .throughMatches),
        ("coffee", .worstRated, nil),
        ("status:new", nil, nil),
    ])
    func thePlanFollowsHowManyItemsTheWordsMatch(text: String, order: ListOrder?, expected: TextSearchPlan?) throws {
        let (store, folder) = try Self.coffeeStore()
        defer { folder.remove() }
        let filter = ListFilter(query: try Query(parsing: text), order: order)
        #expect(try store.reading { db in try TextSearchPlan.choose(filter, rows: 200, db: db) } == expected)
    }

    @Test func bothPlansReadTheSameRows() throws {
        let (store, folder) = try Self.coffeeStore()
        defer { folder.remove() }
        let filter = ListFilter(query: try Query(parsing: "coffee"))
        let query = try filter.sql(for: .reviews, user: "tester", now: 0)
        let sql = ReviewRow.selectSQL + query.whereSQL + " ORDER BY i.posted DESC, i.id DESC LIMIT 25"
        let plans: [TextSearchPlan] = [.throughMatches, .alongOrder]
        let rows = try plans.map { plan in
            try store.reading { db in
                try Row.fetchAll(db, sql: plan.apply(sql), arguments: query.statementArguments).map { $0["id"] as Int64 }
            }
        }
        #expect(rows[0].count == 25)
        #expect(rows[0] == rows[1])
        #expect(Array(try Self.reviews(store, "coffee").prefix(25)) == rows[0].map { EntityKind.item.prefix + String($0) })
    }
}

extension WordSearchPlanTests {
    @Test func aCountStopsWhenAskedAndTheStoreReadsOnAfter() throws {
        let (store, folder) = try Self.coffeeStore()
        defer { folder.remove() }
        // -quiche: not answered from the search index, so SQLite steps through the items.
        let filter = ListFilter(query: try Query(parsing: "coffee -quiche"))
        #expect(try store.reviewCount(filter, stoppingWhen: { true }) == nil)
        #expect(try store.reviewCount(filter, stoppingWhen: { false }) == 58)
        #expect(try store.reviewCount(filter) == 58)
    }
}
