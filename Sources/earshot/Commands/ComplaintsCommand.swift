import ArgumentParser
import Store

/// `earshot complaints [QUERY] [--json] [--limit N]`: the Complaints pane's list, for scripts.
///
/// Text: one complaint per line, open and waiting first by resolution deadline: id, status,
/// severity, deadline, brand, category, summary, linked items, owner.
///
/// `--json`: `{"count": N, "items": [COMPLAINT…]}` where COMPLAINT is the import record plus
/// `version` and `followups`:
/// ```
/// {"type":"complaint","id":"C1","brand":"B1","customer":"P2","items":["R2"],"category":"speed",
///  "summary":"45-minute wait","severity":"high","status":"open","opened":"2026-03-12T12:00:00Z",
///  "first_response_due":"…","resolution_due":"…","first_response_at":null,"resolved_at":null,
///  "resolution":null,"owner":"sam","notes":[…],"version":2,"followups":["F1"]}
/// ```
struct ComplaintsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "complaints",
        abstract: "Print the complaints: open and waiting first, by resolution deadline.",
        discussion: QueryArguments.help)

    @Argument(help: "A query, like: status:open severity:high brunch")
    var query: [String] = []

    @Flag(help: "Print one JSON document: {\"count\": N, \"items\": [...]}.")
    var json = false

    @Option(help: "Print at most N complaints (the count still counts every match).")
    var limit: Int?

    @Option(help: "The store file (default: $EARSHOT_STORE, else $XDG_DATA_HOME/earshot/earshot.db).")
    var store: String?

    @ParentCommand var root: Earshot

    func run() throws {
        try ListRunner.run(.complaints, words: query, json: json, limit: limit, store: store, root: root)
    }
}
