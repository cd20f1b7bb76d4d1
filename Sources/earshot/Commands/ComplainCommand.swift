import ArgumentParser
import Store
import Triage

/// `earshot complain ID [--severity S] [--note TEXT] [--category C] [--summary TEXT]
/// [--owner U] [--json]`: opens a complaint from an item.
///
/// The complaint gets the item's brand and customer, the item's most negative aspect as its
/// category (unless --category), the item's title or first line as its summary (unless
/// --summary), you as owner (unless --owner) and deadlines by severity counted in business
/// hours (the config's `hours` and `set first-response`/`set resolution`; by default first
/// response / resolution: critical 2h / 1 day, high 4h / 2 days, normal 1 day / 5 days, low
/// 2 days / 10 days, a day being the longest opening day). A new item becomes open. An item
/// with an unresolved complaint is refused.
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

    @OptionGroup var change: ChangeOptions

    @ParentCommand var root: Earshot

    func run() throws {
        try CommandFailure.reporting {
            guard ShortID(id, kind: .item) != nil else {
                throw UserError("'\(id)' is not an item id: a complaint is opened from an item like R12")
            }
            let opened = try change.open(root: root)
            let action = TriageAction.complain(severity: severity, note: note, category: category?.lowercased(),
                                               summary: summary, owner: TriageCLI.owner(owner, user: opened.user))
            try change.run([action], on: id, store: opened, verb: "opened")
        }
    }
}
