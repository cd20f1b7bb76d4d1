import ArgumentParser
import Foundation
import Store

/// `earshot export [--format jsonl|csv] [--out FILE] [QUERY]`: writes the store for another
/// store, a backup you can read, or a spreadsheet.
///
/// JSON Lines (the default) is the import format, one record per line: brands, customers,
/// items, complaints, follow-ups, each referring to earlier ones by id. It is lossless:
/// `earshot import` of it into an empty store gives the same content (the history starts again).
/// With a QUERY it holds the matching items and what they need to import on their own.
///
/// CSV holds the items only, with a header row: id, brand (name), kind, source, external_id,
/// url, author, customer_name, rating, title, text, lang, posted, status, waiting_until,
/// duplicate_of, priority, assignee, tags (`;`-separated), sentiment, sentiment_score; CRLF line
/// ends, RFC 4180 quotes. A cell starting with = + - @ tab or CR gets a leading ' so that a
/// spreadsheet shows it instead of running it (plain numbers like -0.4 are left as they are).
///
/// --out writes a new file next to FILE and renames it into place when complete, readable
/// only by you; without --out the export goes to standard output. A summary line goes to stderr.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the store (or the items a query matches) as JSON Lines or CSV.",
        discussion: QueryArguments.help)

    @Option(help: "jsonl (lossless, the import format) or csv (items, for spreadsheets).")
    var format: ExportFormat = .jsonl

    @Option(help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
    var out: String?

    @Argument(help: "A query choosing the items to export (default: everything).")
    var query: [String] = []

    @Option(help: "The store file (default: $EARSHOT_STORE, else $XDG_DATA_HOME/earshot/earshot.db).")
    var store: String?

    @ParentCommand var root: Earshot

    func run() throws {
        try CommandFailure.reporting {
            let parsed = try QueryArguments.parse(query)
            try parsed.validate(for: .reviews)
            let opened = try StoreAccess.open(option: store, root: root)
            let started = Date()
            // Progress only when the export itself is not going to the terminal.
            let progress = out != nil || !CommandOutput.toTerminal ? ProgressText.onTerminal("exporting") : nil
            var report: (@Sendable (Int, Int) -> Void)?
            if let progress {
                report = { done, total in progress.show(done: done, total: total) }
            }
            defer { progress?.clear() }
            let counts: ExportCounts
            if let out {
                counts = try ExportFile.write(to: out) { sink in
                    try opened.export(format, query: parsed, progress: report, to: sink)
                }
            } else {
                var output = StandardOutput()
                counts = try opened.export(format, query: parsed, progress: report) { try output.write($0) }
                try output.flush()
            }
            let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
            FileHandle.standardError.write(Data("exported \(counts.items) items, \(counts.brands) brands, \(counts.customers) customers, \(counts.complaints) complaints, \(counts.followUps) follow-ups in \(seconds) s\n".utf8))
        }
    }
}
