import Foundation
import GRDB
import Sentiment
@testable import Store

/// The Brands pane's figures computed the plain way: every row read back from the store's own
/// tables, then counted in Swift, without the summary tables or any grouped SQL.
struct BrandStatsOracle {
    struct Item {
        var id: Int64
        var brand: Int64
        var posted: Double
        var status: String
        var isSpam: Bool
        var rating: Int?
        var score: Double
        var label: String
        var flaggedComplaint: Bool
        var linked: Bool
        var aspects: [(String, Double)]

        var counts: Bool { !(status == "spam" || status == "duplicate" || (isSpam && status == "new")) }
        var day: Int { Int((posted / 86_400).rounded(.down)) }
    }

    struct Case {
        var brand: Int64?
        var time: Double
        var status: String
        var responseSeconds: Double?
    }

    var items: [Item] = []
    var brands: [(id: Int64, name: String, own: Bool)] = []
    var followUps: [Case] = []
    var complaints: [Case] = []

    init(_ store: EarshotStore) throws {
        let queue = try DatabaseQueue(path: store.path)
        defer { try? queue.close() }
        try queue.read { db in
            let linked = Set(try Int64.fetchAll(db, sql: "SELECT item_id FROM complaint_item"))
            var aspects: [Int64: [(String, Double)]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT item_id, aspect, score FROM item_aspect") {
                aspects[row[0], default: []].append((row[1], row[2]))
            }
            items = try Row.fetchAll(db, sql: """
                SELECT id, brand_id, posted, status, is_spam, rating, score, label, is_complaint FROM item
                """).map { row in
                let id: Int64 = row[0]
                return Item(id: id, brand: row[1], posted: row[2], status: row[3], isSpam: row[4], rating: row[5],
                            score: row[6], label: row[7], flaggedComplaint: row[8], linked: linked.contains(id),
                            aspects: aspects[id] ?? [])
            }
            brands = try Row.fetchAll(db, sql: "SELECT id, name, own FROM brand").map { ($0[0], $0[1], $0[2]) }
            followUps = try Row.fetchAll(db, sql: "SELECT brand_id, due, status FROM followup").map {
                Case(brand: $0[0], time: $0[1], status: $0[2])
            }
            complaints = try Row.fetchAll(db, sql: "SELECT brand_id, opened, status, first_response_at FROM complaint").map {
                let opened: Double = $0[1]
                let response: Double? = $0[3]
                return Case(brand: $0[0], time: opened, status: $0[2], responseSeconds: response.map { $0 - opened })
            }
        }
    }

    /// Brand ids in the pane's order: own first, then by name (case-insensitively), then id.
    var orderedBrandIDs: [String] {
        brands.sorted { ($0.own ? 0 : 1, $0.name.lowercased(), $0.id) < ($1.own ? 0 : 1, $1.name.lowercased(), $1.id) }
            .map { "B\($0.id)" }
    }

    /// The figures of `brand` over the days `from...to` (from nil: all time up to `to`).
    func figures(brand: Int64, from: Int?, to: Int) -> BrandFigures {
        let inPeriod = { (day: Int) in day <= to && (from.map { day >= $0 } ?? true) }
        let chosen = items.filter { $0.brand == brand && $0.counts && inPeriod($0.day) }
        var figures = BrandFigures()
        figures.volume = chosen.count
        let ratings = chosen.compactMap(\.rating)
        figures.rated = ratings.count
        figures.averageRating = ratings.isEmpty ? nil : Double(ratings.reduce(0, +)) / Double(ratings.count)
        figures.positive = chosen.filter { $0.label == "pos" }.count
        figures.neutral = chosen.filter { $0.label == "neu" }.count
        figures.negative = chosen.filter { $0.label == "neg" }.count
        figures.meanScore = chosen.isEmpty ? nil : chosen.map(\.score).reduce(0, +) / Double(chosen.count)
        figures.complaints = chosen.filter { $0.flaggedComplaint || $0.linked }.count
        let due = followUps.filter {
            $0.brand == brand && $0.status != "skipped" && inPeriod(Int(($0.time / 86_400).rounded(.down)))
        }
        figures.followUpsDue = due.count
        figures.followUpsDone = due.filter { $0.status == "done" }.count
        let responses = complaints.filter { $0.brand == brand && inPeriod(Int(($0.time / 86_400).rounded(.down))) }
            .compactMap(\.responseSeconds).map { max(0, $0) }.sorted()
        figures.responded = responses.count
        if !responses.isEmpty {
            let middle = responses.count / 2
            figures.medianFirstResponse = responses.count % 2 == 1
                ? responses[middle] : (responses[middle - 1] + responses[middle]) / 2
        }
        var tallies: [Aspect: AspectTally] = [:]
        for item in chosen {
            for (name, score) in item.aspects {
                guard let aspect = Aspect(rawValue: name) else { continue }
                var tally = tallies[aspect] ?? AspectTally(aspect: aspect, praised: 0, complained: 0)
                if score > 0.05 { tally.praised += 1 }
                if score < -0.05 { tally.complained += 1 }
                tallies[aspect] = tally
            }
        }
        figures.aspects = Aspect.allCases.compactMap { tallies[$0] }.filter { $0.praised + $0.complained > 0 }
        return figures
    }

    /// Item volume per trend week of `brand`, oldest first, the last week ending on `today`.
    func weeklyVolume(brand: Int64, today: Int, weeks: Int) -> [Int] {
        (0..<weeks).map { week in
            let last = today - 7 * (weeks - 1 - week)
            return items.filter { $0.brand == brand && $0.counts && ((last - 6)...last).contains($0.day) }.count
        }
    }

    /// The first day with a counted item.
    var firstDay: Int? { items.filter(\.counts).map(\.day).min() }
}
