import ArgumentParser
import Store

/// `earshot complain ID [--severity S] [--note TEXT] [--category C] [--summary TEXT]
/// [--owner U] [--json]`: opens a complaint from an item.
///
/// The complaint gets the item's brand and customer, the item's most negative aspect as its
/// category (unless --category), the item's title or first line as its summary (unless
/// --summary), you as owner (unless --owner) and deadlines by severity (first response /
/// resolution: critical 4 h / 24 h, high 24 h / 3 days, normal 48 h / 7 days, low 72 h /
/// 14 days). A new item becomes open. An item with an unresolved complaint is refused.
///
/// Text: `C21 opened (version 1): created "opened from R12"`.
/// `--json`: `{"id":"C21","version":1,"changed":true,"events":[EVENT…],"merged":[]}`.
struct ComplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "complain",
        abstract: "Open a complaint from an item.")

    @Argument(help: "The item, like R12.")
    var id: String

    @Option(help: "low, normal, high or critical (sets the deadlines).")
    var severity: ComplaintSeverity = .normal

    @Option(help: "A first note on the complaint.")
    var note: String?

    @Option(help: "The aspect it is about: price, service, speed, quality, cleanliness, ambience, delivery, booking.")
    var category: String?

    @Option(help: "A one-line summary (default: the item's title or first line).")
    var summary: String?

    @Option(help: "Who owns it (default: you).")
    var owner: String?

    @Flag(help: "Print the change as JSON.")
    var json = false

    @Option(help: "The store file (default: $EARSHOT_STORE, else $XDG_DATA_HOME/earshot/earshot.db).")
    var store: String?

    @ParentCommand var root: Earshot

    func run() throws {
        try CommandFailure.reporting {
            guard ShortID(id, kind: .item) != nil else {
                throw UserError("'\(id)' is not an item id: a complaint is opened from an item like R12")
            }
            let opened = try StoreAccess.open(option: store, root: root)
            let draft = ComplaintDraft(severity: severity, category: category?.lowercased(), summary: summary,
                                       owner: owner.map { $0.lowercased() == "me" ? opened.user : $0 }, note: note)
            ChangeOutput.show(try opened.openComplaint(from: id, draft), json: json, verb: "opened")
        }
    }
}
