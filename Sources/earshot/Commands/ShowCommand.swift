import ArgumentParser
import Foundation
import Store

/// `earshot show ID [--json]`: one entity (R12, C3, F7, B1, P4) with its whole history.
///
/// Text: one `field: value` line per field (multi-line text indented, customer text
/// sanitised), then the notes and the history, one line each.
///
/// `--json`: the record the list commands print for that kind (customers: the import record
/// plus `version`, `items`, `complaints`, `followups`), plus `history`, oldest first:
/// ```
/// {…, "history":[{"at":"2026-03-15T08:00:00Z","user":"sam","field":"status","before":"new",
///                 "after":"open","version":2}, …]}
/// ```
/// `field` is `created` for the first event, else the field changed (status, priority,
/// assignee, tag, note, waiting_until, duplicate_of, complaint, followup, severity, owner,
/// resolution, resolved_at, first_response_at, due, channel, outcome, done_at); a tag or note
/// added has no `before`, a tag removed has no `after`.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one item, complaint, follow-up, brand or customer with its history.")

    @Argument(help: "The id: R12 (item), C3 (complaint), F7 (follow-up), B1 (brand) or P4 (customer).")
    var id: String

    @Flag(help: "Print the entity as one JSON object, history included.")
    var json = false

    @Option(help: "The store file (default: $EARSHOT_STORE, else $XDG_DATA_HOME/earshot/earshot.db).")
    var store: String?

    @ParentCommand var root: Earshot

    func run() throws {
        try CommandFailure.reporting {
            guard let short = ShortID(id) else {
                throw UserError("'\(id)' is not an id: ids look like R12, C3, F7, B1 or P4")
            }
            let opened = try StoreAccess.open(option: store, root: root)
            // Only a follow-up has an urgency; the config (and its notes) is read for it alone.
            let weights = short.kind == .followUp ? TriageCLI.settings().urgency : UrgencyWeights()
            guard let record = try opened.entityRecord(id: id, now: Date(), weights: weights) else {
                throw StoreError.unknownID(id.uppercased())
            }
            if json {
                CommandOutput.json(record)
            } else {
                print(RecordText.lines(record).joined(separator: "\n"))
            }
        }
    }
}
