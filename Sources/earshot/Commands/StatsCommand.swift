import ArgumentParser
import Foundation
import Store

/// `earshot stats [--period 30d] [--json | --format text|md|json] [QUERY]`: the Brands pane's
/// figures, for scripts and for mail.
///
/// QUERY picks brands as `earshot brands` does (`brand:`, `is:own`, `is:competitor`, words of
/// the name). The figures are the pane's, from the same store call (`brandStats(period:now:filter:)`).
///
/// `--json`: `{"period": "30d", "from": "2026-10-24", "to": "2026-11-22", "previous_from": …,
/// "previous_to": …, "brands": [{"id": "B1", "name": …, "own": true, "volume": 120, "rated": 80,
/// "average_rating": 4.1, "positive": …, "neutral": …, "negative": …, "net_sentiment": 0.31,
/// "mean_score": …, "complaints": …, "complaint_share": …, "followups_due": …, "followups_done": …,
/// "followup_completion": …, "responded": …, "median_first_response_seconds": …,
/// "top_praised": [{"aspect", "count"}], "top_complained": […], "aspects": [{"aspect", "praised",
/// "complained"}], "weekly": [{"week_ending", "volume", "positive", "negative", "mean_score",
/// "average_rating"}], "previous": {same figures} | null, "changes": {…} | null}]}`.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Print the Brands pane's figures: volume, rating, sentiment, complaints, follow-ups, response time.",
        discussion: "PERIOD is 7d, 30d, 90d, 12m or all; periods are whole UTC days ending today. " + QueryArguments.help)

    @Argument(help: "A query picking brands, like: is:competitor")
    var query: [String] = []

    @Option(help: "The period: 7d, 30d, 90d, 12m or all.")
    var period: String = StatsPeriod.month.rawValue

    @Flag(help: "Print one JSON document (the same as --format json).")
    var json = false

    @Option(help: "text (a table), md (a Markdown table to mail) or json.")
    var format: String = "text"

    @Option(help: "The store file (default: $EARSHOT_STORE, else $XDG_DATA_HOME/earshot/earshot.db).")
    var store: String?

    @ParentCommand var root: Earshot

    func run() throws {
        try CommandFailure.reporting {
            guard let chosen = StatsPeriod(argument: period) else {
                throw UserError("--period \(period) is not a period: give 7d, 30d, 90d, 12m or all")
            }
            guard ["text", "md", "markdown", "json"].contains(format) else {
                throw UserError("--format \(format) is not a format: give text, md or json")
            }
            let opened = try StoreAccess.open(option: store, root: root)
            let filter = ListFilter(query: try QueryArguments.parse(query))
            try filter.query.validate(for: .brands)
            let report = try opened.brandStats(period: chosen, now: Date(), filter: filter)
            if json || format == "json" {
                CommandOutput.json(report.json)
            } else if format == "md" || format == "markdown" {
                print(StatsTable.markdown(report), terminator: "")
            } else {
                print(StatsTable.text(report), terminator: "")
            }
        }
    }
}
