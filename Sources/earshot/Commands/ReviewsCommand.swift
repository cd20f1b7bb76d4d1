import ArgumentParser
import Store

/// `earshot reviews [QUERY] [--json] [--limit N]`: the Reviews pane's list, for scripts.
///
/// Text: one item per line, newest first: id, posted day, stars, sentiment label, status,
/// brand, author and the first line of the title or text (sanitised for the terminal).
///
/// `--json`: `{"count": N, "items": [ITEM…]}`; `count` is every match, `items` at most
/// `--limit` of them. ITEM is the import record plus what the store keeps:
/// ```
/// {"type":"item","id":"R12","brand":"B1","kind":"review","source":"google","external_id":"g-1",
///  "url":null,"author":"Maya O.","customer":"P1","rating":4,"title":"…","text":"…","lang":"en",
///  "posted":"2026-03-14T09:12:00Z","status":"waiting","waiting_until":"2026-04-01",
///  "duplicate_of":null,"priority":"normal","assignee":"sam","tags":["regular"],
///  "notes":[{"author":"sam","at":"2026-03-15T08:00:00Z","text":"…"}],
///  "version":3,"imported":"2026-03-14T10:00:00Z",
///  "sentiment":{"score":0.62,"label":"pos","urgent":false,"complaint":false,"spam":false,
///               "aspects":[{"aspect":"service","score":0.5}]},
///  "complaints":["C3"],"followups":["F7"]}
/// ```
struct ReviewsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reviews",
        abstract: "Print the voice items (reviews, mentions, messages, survey answers), newest first.",
        discussion: QueryArguments.help)

    @Argument(help: "A query, like: brand:B1 rating:<=2 \"cold coffee\"")
    var query: [String] = []

    @Flag(help: "Print one JSON document: {\"count\": N, \"items\": [...]}.")
    var json = false

    @Option(help: "Print at most N items (the count still counts every match).")
    var limit: Int?

    @Option(help: "The store file (default: $EARSHOT_STORE, else $XDG_DATA_HOME/earshot/earshot.db).")
    var store: String?

    @ParentCommand var root: Earshot

    func run() throws {
        try ListRunner.run(.reviews, words: query, json: json, limit: limit, store: store, root: root)
    }
}
