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
            let columns = CommandOutput.terminalColumns
            let rows = try table(list, store: store, filter: filter, limit: limit ?? Int.max, now: now, weights: weights,
                                 textWidth: columns == nil ? pipedTextWidth : Int.max)
            // In a terminal the text takes the room the other columns leave, cut rather than
            // wrapped; through a pipe, scripts get a fixed width whatever the terminal.
            print(TableText.aligned(rows, fitting: columns, flexible: textColumn(list)), terminator: "")
            if CommandOutput.toTerminal, rows.isEmpty {
                CommandOutput.note("no \(list == .followUps ? "follow-ups" : list.rawValue) match")
            }
        }
    }

    /// Characters of text a row keeps when the output is not a terminal.
    static let pipedTextWidth = 200

    /// The column of a list's table that holds free text (the one cut to fit a terminal).
    private static func textColumn(_ list: QueryList) -> Int? {
        switch list {
        case .reviews: 7
        case .complaints, .followUps: 6
        case .brands: nil
        }
    }

    private static func table(_ list: QueryList, store: EarshotStore, filter: ListFilter, limit: Int,
                              now: Date, weights: UrgencyWeights, textWidth width: Int) throws -> [[String]] {
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
