import ArgumentParser
import Store

/// `earshot brands [QUERY] [--json] [--limit N]`: the Brands pane's figures, for scripts.
///
/// Text: one brand per line, own first: id, own or competitor, name, volume, average rating,
/// sentiment mix (+positive =neutral -negative).
///
/// `--json`: `{"count": N, "items": [BRAND…]}` (QUERY takes `brand:`, `is:own`,
/// `is:competitor` and words of the name):
/// ```
/// {"type":"brand","id":"B1","name":"Crumb & Kettle","own":true,"aliases":["Crumb and Kettle"],
///  "version":1,"volume":448,"average_rating":4.1,"positive":270,"neutral":90,"negative":88,
///  "weekly_volume":[…12 weeks, oldest first…],
///  "top_praised":[{"aspect":"service","count":40}],"top_complained":[{"aspect":"speed","count":12}]}
/// ```
struct BrandsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brands",
        abstract: "Print the brands with their figures: volume, rating, sentiment mix.",
        discussion: QueryArguments.help)

    @Argument(help: "A query, like: is:competitor")
    var query: [String] = []

    @Flag(help: "Print one JSON document: {\"count\": N, \"items\": [...]}.")
    var json = false

    @Option(help: "Print at most N brands (the count still counts every match).")
    var limit: Int?

    @Option(help: "The store file (default: $EARSHOT_STORE, else $XDG_DATA_HOME/earshot/earshot.db).")
    var store: String?

    @ParentCommand var root: Earshot

    func run() throws {
        try ListRunner.run(.brands, words: query, json: json, limit: limit, store: store, root: root)
    }
}
