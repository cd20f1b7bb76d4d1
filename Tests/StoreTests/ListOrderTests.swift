import Foundation
import Testing
@testable import Store

/// The sort choice of each pane: every order a list offers sorts by what its name says.
@Suite struct ListOrderTests {
    let store: EarshotStore
    let folder: TemporaryFolder

    init() throws {
        (store, folder) = try Fixtures.store()
        try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore)
    }

    func reviews(_ order: ListOrder?) throws -> [ReviewRow] {
        try store.reviewRows(ListFilter(order: order), offset: 0, limit: 50)
    }

    @Test func reviewOrdersSortByWhatTheySay() throws {
        defer { folder.remove() }
        let standard = try reviews(nil)
        #expect(try reviews(.newest).map(\.id) == standard.map(\.id), "newest is the standard order")
        #expect(try reviews(.oldest).map(\.id) == standard.map(\.id).reversed())
        let worst = try reviews(.worstRated).compactMap(\.rating)
        #expect(worst == worst.sorted())
        let best = try reviews(.bestRated).compactMap(\.rating)
        #expect(best == best.sorted(by: >))
        #expect(try reviews(.worstRated).last?.rating == nil || worst.count == standard.count, "unrated items come last")
        let negative = try reviews(.mostNegative).map(\.score)
        #expect(negative == negative.sorted())
        let positive = try reviews(.mostPositive).map(\.score)
        #expect(positive == positive.sorted(by: >))
    }

    @Test func everyOfferedOrderRunsOnItsListAndOthersFallBack() throws {
        defer { folder.remove() }
        let now = Date()
        for order in ListOrder.allCases {
            let filter = ListFilter(order: order)
            #expect(try store.reviewRows(filter, offset: 0, limit: 50).count == store.reviewCount(ListFilter()))
            #expect(try store.complaintRows(filter, offset: 0, limit: 50).count == store.complaintCount(ListFilter()))
            #expect(try store.followUpRows(filter, offset: 0, limit: 50, now: now).count == store.followUpCount(ListFilter()))
        }
        #expect(ListOrder.choices(for: .reviews).first == .newest)
        #expect(ListOrder.choices(for: .complaints).first == .deadline)
        #expect(ListOrder.choices(for: .followUps).first == .urgency)
    }

    @Test func complaintsBySeverityPutCriticalFirst() throws {
        defer { folder.remove() }
        let rank = ["critical": 0, "high": 1, "normal": 2, "low": 3]
        let rows = try store.complaintRows(ListFilter(order: .severity), offset: 0, limit: 50).filter { $0.status != "resolved" }
        let ranks = rows.map { rank[$0.severity] ?? 4 }
        #expect(ranks == ranks.sorted())
    }
}
