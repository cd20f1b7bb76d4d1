import ArgumentParser
import Foundation
import Store

/// `earshot customer export ID [--format json|md] [--out FILE]`: everything the store holds
/// about one customer: their record, items (with tags, notes, reply), the complaints and
/// follow-ups about them, each with its whole history.
///
/// JSON: `{"customer", "items", "complaints", "followups", "exported", "exported_by"}`, each
/// entity the record `earshot show ID --json` prints. Markdown: the same, as headings and
/// lists to read or send to the customer. --out writes a new file readable only by you.
struct CustomerExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write everything held about one customer as JSON or Markdown.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, md
    }

    @Argument(help: "The customer, like P4.")
    var id: String

    @Option(help: "json or md (Markdown, to read).")
    var format: Format = .json

    @Option(help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
    var out: String?

    @Option(help: "The store file (default: $EARSHOT_STORE, else $XDG_DATA_HOME/earshot/earshot.db).")
    var store: String?

    @ParentCommand var customer: CustomerCommand

    func run() throws {
        try CommandFailure.reporting {
            let opened = try customer.open(for: id, store: store)
            guard let record = try opened.customerRecord(id: id, now: Date()) else {
                throw StoreError.unknownID(id.uppercased())
            }
            let text = format == .json ? record.serialized() + "\n" : CustomerRecordMarkdown.text(record)
            if let out {
                try ExportFile.write(to: out) { write in try write(text) }
                CommandOutput.note("wrote everything held about \(id.uppercased()) to \(out)")
            } else {
                var output = StandardOutput()
                try output.write(text)
                try output.flush()
            }
        }
    }
}
