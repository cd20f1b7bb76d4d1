import Foundation
import GRDB
import Sentiment
import Testing
@testable import Store

@Suite struct ReadAPITests {
    let store: EarshotStore
    let folder: TemporaryFolder
    let now = Fixtures.smallStoreNow

    init() throws {
        (store, folder) = try Fixtures.store()
        try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore)
    }

    @Test func reviewsAreNewestFirstAndFilterByBrand() throws {
        defer { folder.remove() }
        #expect(try store.reviewCount(ListFilter()) == 5)
        #expect(try store.reviewRows(ListFilter(), offset: 0, limit: 10).map(\.id) == ["R4", "R3", "R2", "R1", "R5"])
        #expect(try store.reviewRows(ListFilter(), offset: 1, limit: 2).map(\.id) == ["R3", "R2"])
        #expect(try store.reviewCount(ListFilter(brandID: "B2")) == 2)
        #expect(try store.reviewRows(ListFilter(brandID: "B2"), offset: 0, limit: 10).map(\.id) == ["R3", "R5"])
        #expect(try store.reviewCount(ListFilter(brandID: "nonsense")) == 0)
        #expect(try store.reviewRows(ListFilter(brandID: "B1"), offset: 0, limit: 10).allSatisfy { $0.brandName == "Crumb & Kettle" })
    }

    @Test func aLinkedComplaintMarksTheItem() throws {
        defer { folder.remove() }
        let rows = try store.reviewRows(ListFilter(), offset: 0, limit: 10)
        #expect(rows.first { $0.id == "R2" }?.isComplaint == true)
        #expect(rows.first { $0.id == "R2" }?.status == "open")
    }

    @Test func reviewDetailHoldsEverythingAboutTheItem() throws {
        defer { folder.remove() }
        let detail = try #require(try store.reviewDetail(id: "r1"))
        #expect(detail.row.id == "R1")
        #expect(detail.url == nil)
        #expect(detail.customerID == "P1" && detail.customerName == "Maya Ortiz")
        #expect(detail.priority == "normal")
        #expect(detail.tags == ["regular"])
        #expect(detail.notes == [Note(author: "sam", at: Fixtures.date("2026-03-11T08:00:00Z"), text: "Thanked her")])
        #expect(detail.followUpIDs == ["F2"])
        #expect(detail.complaintIDs.isEmpty)
        #expect(try store.reviewDetail(id: "R2")?.complaintIDs == ["C1"])
        #expect(try store.reviewDetail(id: "R99") == nil)
        #expect(try store.reviewDetail(id: "C1") == nil)
    }

    @Test func theStoredAnalysisRoundTrips() throws {
        defer { folder.remove() }
        for id in ["R1", "R2", "R3", "R4", "R5"] {
            let detail = try #require(try store.reviewDetail(id: id))
            let expected = SentimentTagger().analyze(detail.row.text)
            #expect(detail.analysis == expected)
            #expect(detail.row.score == expected.score)
            #expect(detail.row.label == expected.label)
            #expect(detail.row.isUrgent == expected.signals.isUrgent)
        }
    }

    @Test func complaintsAreOpenFirstThenByResolutionDeadline() throws {
        defer { folder.remove() }
        #expect(try store.complaintCount(ListFilter()) == 3)
        let rows = try store.complaintRows(ListFilter(), offset: 0, limit: 10)
        #expect(rows.map(\.id) == ["C1", "C3", "C2"])
        #expect(rows[0].itemIDs == ["R2"])
        #expect(rows[0].customerName == "Tom Reed")
        #expect(rows[0].resolutionDue == Fixtures.date("2026-03-19T12:00:00Z"))
        #expect(rows[0].severity == "high" && rows[0].owner == "sam")
        #expect(try store.complaintRows(ListFilter(brandID: "B2"), offset: 0, limit: 10).map(\.id) == ["C2"])
        #expect(try store.complaintCount(ListFilter(brandID: "B1")) == 2)
    }

    @Test func complaintDetailLinksItemsAndFollowUps() throws {
        defer { folder.remove() }
        let detail = try #require(try store.complaintDetail(id: "C2"))
        #expect(detail.resolution == "Refunded")
        #expect(detail.items.map(\.id) == ["R5"])
        #expect(detail.followUpIDs == ["F3"])
        #expect(detail.history.map(\.field) == ["created"])
        #expect(try store.complaintDetail(id: "C9") == nil)
    }

    @Test func followUpsAreTodoByUrgencyThenDone() throws {
        defer { folder.remove() }
        let rows = try store.followUpRows(ListFilter(), offset: 0, limit: 10, now: now)
        #expect(rows.map(\.id) == ["F1", "F2", "F3"])
        #expect(rows[0].urgency > 2)
        #expect(rows[0].isOverdue(now: now))
        #expect(rows[1].urgency > 0 && rows[1].urgency < 2)
        #expect(!rows[1].isOverdue(now: now))
        #expect(rows[2].urgency == 0)
        #expect(rows[0].customerName == "Tom Reed" && rows[0].brandID == "B1")
        #expect(try store.followUpRows(ListFilter(brandID: "B2"), offset: 0, limit: 10, now: now).map(\.id) == ["F3"])
        #expect(try store.followUpCount(ListFilter(brandID: "B1")) == 2)
    }

    @Test func aDueSoonerFollowUpRanksHigher() throws {
        defer { folder.remove() }
        let text = """
            {"type":"followup","id":"F10","customer":"P1","channel":"call","due":"2026-03-25","reason":"later"}
            {"type":"followup","id":"F11","customer":"P1","channel":"call","due":"2026-03-16","reason":"sooner"}
            {"type":"followup","id":"F12","customer":"P1","channel":"call","due":"2026-03-01","reason":"long overdue"}
            """
        try Fixtures.importText(store, "more.jsonl", text)
        let ids = try store.followUpRows(ListFilter(), offset: 0, limit: 10, now: now).map(\.id)
        #expect(ids == ["F12", "F1", "F11", "F2", "F10", "F3"])
        #expect(try store.followUpDetail(id: "F10")?.row.brandID == "B1")
    }

    @Test func followUpDetailCarriesItsItemComplaintAndContact() throws {
        defer { folder.remove() }
        let detail = try #require(try store.followUpDetail(id: "F3"))
        #expect(detail.outcome == "Happy again")
        #expect(detail.doneAt == Fixtures.date("2026-03-10T10:00:00Z"))
        #expect(detail.complaint?.id == "C2")
        #expect(detail.item == nil)
        #expect(detail.customerContact == "maya@example.com")
        #expect(try store.followUpDetail(id: "F1")?.item?.id == "R2")
    }

    @Test func attentionCountsWhatNeedsAttention() throws {
        defer { folder.remove() }
        #expect(try store.attention(now: now) == AttentionCounts(newItems: 2, overdueFollowUps: 1, openComplaints: 2))
        #expect(try store.attention(ListFilter(brandID: "B2"), now: now)
            == AttentionCounts(newItems: 1, overdueFollowUps: 0, openComplaints: 0))
    }

    @Test func brandSummariesPutTheOwnBrandFirstAndLeaveSpamOut() throws {
        defer { folder.remove() }
        let brands = try store.brandSummaries(now: now)
        #expect(brands.map(\.name) == ["Crumb & Kettle", "Bean There"])
        #expect(brands.map(\.id) == ["B1", "B2"])
        #expect(brands.map(\.isOwn) == [true, false])
        #expect(brands[0].volume == 2)
        #expect(brands[0].averageRating == 3)
        #expect(brands[1].volume == 2)
        #expect(brands[1].averageRating == 3)
        for brand in brands {
            #expect(brand.positive + brand.neutral + brand.negative == brand.volume)
            #expect(brand.weeklyVolume.count == 12 && brand.weeklySentiment.count == 12)
        }
        // now is Sunday 15 March 12:00; the last week holds 8-15 March.
        #expect(brands[0].weeklyVolume == Array(repeating: 0, count: 10) + [0, 2])
        #expect(brands[1].weeklyVolume == Array(repeating: 0, count: 10) + [0, 2])
    }

    /// The summaries follow later changes (they are summed from the kept per-day tables).
    @Test func brandSummariesFollowATriageChange() throws {
        defer { folder.remove() }
        try store.apply(ItemChange(status: .spam), to: "R2")
        let own = try #require(try store.brandSummaries(now: now).first)
        #expect(own.volume == 1 && own.averageRating == 5 && own.negative == 0)
        #expect(own.weeklyVolume.suffix(2) == [0, 1])
        try store.apply(ItemChange(status: .open), to: "R2")
        #expect(try store.brandSummaries(now: now).first?.volume == 2)
    }

    @Test func aspectCountsAreTopThreeAboveTheThreshold() throws {
        defer { folder.remove() }
        try store.pool.write { db in
            try db.execute(sql: "DELETE FROM item_aspect")
            let rows: [(Int, String, Double)] = [
                (1, "service", 0.5), (1, "quality", 0.4), (2, "speed", -0.6), (2, "service", -0.3),
                (1, "price", 0.06), (1, "ambience", 0.01), (4, "price", -0.9), (2, "booking", -0.04),
            ]
            for (item, aspect, score) in rows {
                try db.execute(sql: "INSERT INTO item_aspect (item_id, aspect, score) VALUES (?, ?, ?)",
                               arguments: [item, aspect, score])
            }
        }
        let own = try #require(try store.brandSummaries(now: now).first)
        #expect(own.topPraised == [AspectCount(aspect: .price, count: 1), AspectCount(aspect: .service, count: 1),
                                   AspectCount(aspect: .quality, count: 1)])
        #expect(own.topComplained == [AspectCount(aspect: .service, count: 1), AspectCount(aspect: .speed, count: 1)])
    }
}
