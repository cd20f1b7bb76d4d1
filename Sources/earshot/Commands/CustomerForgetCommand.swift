import ArgumentParser
import Foundation
import Store

/// `earshot customer forget ID [--yes]`: removes a customer's text and identity for good.
///
/// Asks first on a terminal (y/N); elsewhere --yes is required. Kept: ratings, sentiment,
/// days, statuses and links, so the statistics do not change; the history records that it
/// happened, without their data. It cannot be undone: export the record first if they asked
/// for a copy.
struct CustomerForgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget",
        abstract: "Remove a customer's text and identity from the store (cannot be undone).")

    @Argument(help: "The customer, like P4.")
    var id: String

    @Flag(help: "Do not ask first.")
    var yes = false

    @Option(help: "The store file (default: $EARSHOT_STORE, else $XDG_DATA_HOME/earshot/earshot.db).")
    var store: String?

    @ParentCommand var customer: CustomerCommand

    func run() throws {
        try CommandFailure.reporting {
            let opened = try customer.open(for: id, store: store)
            guard let record = try opened.entityRecord(id: id, now: Date()) else { throw StoreError.unknownID(id.uppercased()) }
            if !yes {
                guard isatty(STDIN_FILENO) == 1 else {
                    throw UserError("forgetting cannot be undone: add --yes to forget \(id.uppercased()) without being asked")
                }
                let name = record.field("name").flatMap { if case .string(let name) = $0 { return name } else { return nil } } ?? "?"
                FileHandle.standardError.write(Data("Forget \(CommandOutput.safe(name)) (\(id.uppercased())) and every word of theirs? This cannot be undone [y/N] ".utf8))
                guard let answer = readLine(), answer.lowercased().hasPrefix("y") else {
                    throw UserError("nothing was forgotten")
                }
            }
            let report = try opened.forgetCustomer(id: id)
            print("\(report.customerID) forgotten: \(report.summary) cleared, \(report.handles) handle\(report.handles == 1 ? "" : "s") and \(report.events) history entr\(report.events == 1 ? "y" : "ies") blanked")
            if !report.walCleared {
                CommandOutput.note("another session is reading the store: old pages stay in its write-ahead log until every earshot on it has closed")
            }
        }
    }
}
