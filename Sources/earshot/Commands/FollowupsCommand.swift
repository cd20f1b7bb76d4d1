import ArgumentParser
import Store

/// `earshot followups [QUERY] [--json] [--limit N]`: the high-touch queue, for scripts.
///
/// Text: one follow-up per line, to-do first ranked by urgency (overdue first): id, status,
/// channel, due day (OVERDUE when past), customer, owner, reason.
///
/// `--json`: `{"count": N, "items": [FOLLOWUP…]}` where FOLLOWUP is the import record plus
/// `version`, `brand` and `urgency` (above 2 means overdue):
/// ```
/// {"type":"followup","id":"F1","customer":"P2","item":"R2","complaint":"C1","owner":"ana",
///  "channel":"call","due":"2026-03-13","status":"todo","reason":"Apologise…","outcome":null,
///  "done_at":null,"notes":[],"version":1,"brand":"B1","urgency":2.31}
/// ```
struct FollowupsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followups",
        abstract: "Print the follow-up queue: to-do by urgency (overdue first), then done and skipped.",
        discussion: QueryArguments.help)

    @Argument(help: "A query, like: is:overdue assignee:me")
    var query: [String] = []

    @Flag(help: "Print one JSON document: {\"count\": N, \"items\": [...]}.")
    var json = false

    @Option(help: "Print at most N follow-ups (the count still counts every match).")
    var limit: Int?

    @Option(help: "The store file (default: $EARSHOT_STORE, else $XDG_DATA_HOME/earshot/earshot.db).")
    var store: String?

    @ParentCommand var root: Earshot

    func run() throws {
        try ListRunner.run(.followUps, words: query, json: json, limit: limit, store: store, root: root)
    }
}
