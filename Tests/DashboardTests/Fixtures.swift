import Foundation
import Store
import TerminalUI
@testable import Dashboard

/// Small, fixed data for reducer and screen tests, wide characters included.
enum Fixtures {
    /// 2026-11-22T12:00:00Z.
    static let now = Date(timeIntervalSince1970: 1_795_348_800)
    static let day: TimeInterval = 86_400

    static func prepare() {
        DisplayWidth.prepareLocale()
        setenv("TZ", "UTC", 1)
        tzset()
        NSTimeZone.resetSystemTimeZone()
    }

    /// Two brands over the last 90 days, with the 90 days before to compare against.
    static let brandReport = BrandStatsReport(
        period: .quarter, from: now.addingTimeInterval(-89 * day), to: now,
        previousFrom: now.addingTimeInterval(-179 * day), previousTo: now.addingTimeInterval(-90 * day), brands: [
            BrandStats(id: "B1", name: "Crumb & Kettle", isOwn: true,
                       current: BrandFigures(volume: 3, rated: 3, averageRating: 3.67, positive: 2, neutral: 0, negative: 1,
                                             meanScore: 0.2, complaints: 1, followUpsDue: 2, followUpsDone: 1, responded: 1,
                                             medianFirstResponse: 5 * 3_600,
                                             aspects: [AspectTally(aspect: .speed, praised: 0, complained: 1),
                                                       AspectTally(aspect: .quality, praised: 2, complained: 0)]),
                       previous: BrandFigures(volume: 6, rated: 4, averageRating: 3.0, positive: 2, neutral: 1, negative: 3,
                                              complaints: 3),
                       weekly: weeks([0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1], score: 0.2)),
            BrandStats(id: "B2", name: "Maison Levain", isOwn: false,
                       current: BrandFigures(volume: 1, rated: 1, averageRating: 5, positive: 1, meanScore: 0.6),
                       previous: BrandFigures(), weekly: weeks(Array(repeating: 0, count: 11) + [1], score: 0.6)),
        ])

    static let brands = brandReport.brands

    /// Trend weeks ending today with these volumes, each week's items scoring `score`.
    static func weeks(_ volumes: [Int], score: Double) -> [WeekFigures] {
        volumes.enumerated().map { index, volume in
            WeekFigures(lastDay: now.addingTimeInterval(-Double(7 * (volumes.count - 1 - index)) * day), volume: volume,
                        meanScore: volume > 0 ? score : nil, averageRating: volume > 0 ? 4 : nil)
        }
    }

    static func review(_ id: String, _ author: String, _ text: String, rating: Int?, score: Double, daysAgo: Double,
                       brand: String = "B1", title: String? = nil) -> ReviewRow {
        ReviewRow(id: id, brandID: brand, brandName: brand == "B1" ? "Crumb & Kettle" : "Maison Levain", kind: "review",
                  source: "google", author: author, rating: rating, title: title, text: text,
                  posted: now.addingTimeInterval(-daysAgo * day), status: "new", score: score,
                  label: score > 0.05 ? .positive : (score < -0.05 ? .negative : .neutral), isUrgent: false, isComplaint: score < 0)
    }

    static let reviews = [
        review("R4", "田中愛子", "クロワッサンが最高でした 🥐", rating: 5, score: 0.0, daysAgo: 1),
        review("R3", "Maya Ortiz", "The almond croissant is to die for, but the Saturday queue is ridiculous.", rating: 3, score: -0.12, daysAgo: 2),
        review("R2", "Tom B.", "Best café in Eastfield ☕", rating: 5, score: 0.64, daysAgo: 9),
        review("R1", "Zoë", "Croissants feuilletés, service impeccable.", rating: 4, score: 0.0, daysAgo: 40, brand: "B2"),
    ]

    static let complaints = [
        ComplaintRow(id: "C1", brandID: "B1", brandName: "Crumb & Kettle", customerName: "Maya Ortiz", category: "speed",
                     summary: "45-minute wait at Saturday brunch", severity: "high", status: "open",
                     opened: now.addingTimeInterval(-3 * day), firstResponseDue: now.addingTimeInterval(-2 * day),
                     resolutionDue: now.addingTimeInterval(4 * day), firstResponseAt: nil, resolvedAt: nil,
                     owner: "tom", itemIDs: ["R3"]),
    ]

    static let followUps = [
        FollowUpRow(id: "F1", customerID: "P1", customerName: "Maya Ortiz", brandID: "B1", channel: "call",
                    due: now.addingTimeInterval(-1 * day), status: "todo", owner: "maya",
                    reason: "Apologise for the wait; offer brunch on us", itemID: "R3", complaintID: "C1", urgency: 0.9),
    ]

    /// A state with every list loaded, as after start-up.
    static func loadedState(size: Size) -> AppState {
        var state = AppState(size: size, storeLabel: "test", now: now)
        _ = Reducer.reduce(&state, .brandsLoaded(brandReport))
        _ = Reducer.reduce(&state, .attentionLoaded(AttentionCounts(newItems: 4, overdueFollowUps: 1, openComplaints: 1)))
        _ = Reducer.reduce(&state, .complaintsLoaded(RowWindow(rows: complaints), total: complaints.count))
        _ = Reducer.reduce(&state, .followUpsLoaded(RowWindow(rows: followUps), total: followUps.count))
        _ = Reducer.reduce(&state, .reviewsLoaded(RowWindow(rows: reviews), total: reviews.count))
        _ = Reducer.reduce(&state, .detailLoaded(pane: .reviews, id: "R4", .review(detail(of: reviews[0]))))
        return state
    }

    static func detail(of row: ReviewRow) -> ReviewDetail {
        ReviewDetail(row: row, url: nil, customerID: nil, customerName: nil, language: "ja", priority: "normal",
                     assignee: nil, tags: [], notes: [], analysis: nil, complaintIDs: [], followUpIDs: [], history: [])
    }
}
