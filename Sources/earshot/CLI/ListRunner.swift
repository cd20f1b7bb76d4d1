import Foundation
import Store

/// What the four list commands share: open the store, parse the query, print JSON or a table.
enum ListRunner {
    static func run(_ list: QueryList, words: [String], json: Bool, limit: Int?, store option: String?,
                    root: Earshot) throws {
        try CommandFailure.reporting {
            if let limit, limit < 0 { throw UserError("--limit \(limit) is negative: give 0 or more") }
            let store = try StoreAccess.open(option: option, root: root)
            let filter = ListFilter(query: try QueryArguments.parse(words))
            try filter.query.validate(for: list)
            let now = Date()
            let weights = list == .followUps ? TriageCLI.settings().urgency : UrgencyWeights()
            if json {
                let (count, records) = try store.listRecords(list, filter: filter, limit: limit, now: now, weights: weights)
                CommandOutput.list(count: count, items: records)
                return
            }
            let rows = try table(list, store: store, filter: filter, limit: limit ?? Int.max, now: now, weights: weights)
            print(TableText.aligned(rows), terminator: "")
            if CommandOutput.toTerminal, rows.isEmpty {
                CommandOutput.note("no \(list == .followUps ? "follow-ups" : list.rawValue) match")
            }
        }
    }

    private static func table(_ list: QueryList, store: EarshotStore, filter: ListFilter, limit: Int,
                              now: Date, weights: UrgencyWeights) throws -> [[String]] {
        let width = CommandOutput.toTerminal ? 60 : 200
        switch list {
        case .reviews:
            return try store.reviewRows(filter, offset: 0, limit: limit).map { row in
                [row.id, day(row.posted), row.rating.map { "\($0)★" } ?? "-", row.label.rawValue, row.status,
                 CommandOutput.safe(row.brandName), CommandOutput.firstLine(row.author, width: 20) + ":",
                 CommandOutput.firstLine(row.title ?? row.text, width: width)]
            }
        case .complaints:
            return try store.complaintRows(filter, offset: 0, limit: limit).map { row in
                [row.id, row.status, row.severity, row.resolutionDue.map { "due " + day($0) } ?? "no deadline",
                 CommandOutput.safe(row.brandName), row.category, CommandOutput.firstLine(row.summary, width: width),
                 row.itemIDs.joined(separator: ","), row.owner.map(CommandOutput.safe) ?? "-"]
            }
        case .followUps:
            return try store.followUpRows(filter, offset: 0, limit: limit, now: now, weights: weights).map { row in
                [row.id, row.status, row.channel, "due " + day(row.due) + (row.isOverdue(now: now) ? " OVERDUE" : ""),
                 CommandOutput.safe(row.customerName ?? "-"), row.owner.map(CommandOutput.safe) ?? "-",
                 CommandOutput.firstLine(row.reason, width: width)]
            }
        case .brands:
            return try store.brandSummaries(filter, now: now).prefix(limit).map { brand in
                let mood = brand.volume == 0 ? "" : "+\(brand.positive) =\(brand.neutral) -\(brand.negative)"
                return [brand.id, brand.isOwn ? "own" : "competitor", CommandOutput.safe(brand.name),
                        "\(brand.volume) items", brand.averageRating.map { String(format: "%.1f★", $0) } ?? "-", mood]
            }
        }
    }

    static func day(_ date: Date) -> String {
        StoreTime.day(date)
    }
}
