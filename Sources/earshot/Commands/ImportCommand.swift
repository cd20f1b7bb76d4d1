import ArgumentParser
import Foundation
import Store

/// `earshot import FILE...`: brings CSV, JSON or JSON Lines into the store in one transaction.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import CSV, JSON or JSON Lines files ('-' reads standard input).",
        discussion: """
            Every file is read and checked first and then added in one transaction: if anything is \
            wrong nothing is imported, and every problem is listed as file:line: field: message. \
            Importing the same file again adds nothing. CSV needs a header row; columns such as \
            text/review/body, rating/stars, author/name, date/posted, source, id, title, url and \
            brand are recognised. The store is created if it does not exist.
            """
    )

    @Argument(help: "The files to import; '-' reads standard input.")
    var files: [String] = []

    @Option(help: "The store file (default: $EARSHOT_STORE, else $XDG_DATA_HOME/earshot/earshot.db).")
    var store: String?

    /// The root command: `--store` may be parsed there, wherever it appears on the line.
    @ParentCommand var root: Earshot

    @Flag(help: "Check everything and report what would be imported, but change nothing.")
    var dryRun = false

    @Option(name: .customLong("skip-bad"), help: ArgumentHelp(
        "Import the good records and write the rejected ones, with reasons, to FILE (JSON Lines).",
        valueName: "FILE"))
    var skipBad: String?

    @Option(help: ArgumentHelp("The brand of records that name none (created if new).", valueName: "NAME"))
    var brand: String?

    @Option(help: ArgumentHelp("Read CSV column COLUMN as item field FIELD (text, rating, author, posted, source, title, url, brand, external_id, lang, …); repeatable.", valueName: "FIELD=COLUMN"))
    var map: [String] = []

    /// At most this many errors are printed; the summary counts them all.
    static let printedErrorLimit = 200

    func run() throws {
        guard !files.isEmpty else {
            // Usage errors exit 2 (BRIEF §5); ArgumentParser's ValidationError would exit 64.
            Self.printError("earshot import: name at least one FILE to import ('-' reads standard input)")
            Self.printError("usage: earshot \(Self.usageString())")
            throw ExitCode(2)
        }
        let path = store ?? root.store ?? EarshotStore.defaultPath(environment: ProcessInfo.processInfo.environment)
        let columnMap: [String: String]
        do {
            columnMap = try ImportOptions.columnMap(map)
        } catch {
            Self.printError("earshot: \(error)")
            throw ExitCode(1)
        }
        let progress = isatty(STDERR_FILENO) == 1 ? ProgressLine() : nil
        let report: ImportReport
        do {
            let opened = try EarshotStore.open(at: path, createIfMissing: true)
            var options = ImportOptions(dryRun: dryRun, skipBadTo: skipBad, defaultBrand: brand)
            options.tagger = try UserLexicon.tagger(path: nil)
            options.columnMap = columnMap
            if let progress {
                options.progress = { progress.show($0) }
            }
            report = try opened.importFiles(files, options: options)
        } catch let error as StoreError {
            progress?.clear()
            Self.printError("earshot: \(error)")
            throw ExitCode(error.exitCode)
        }
        progress?.clear()
        for warning in report.warnings { Self.printError("earshot: note: \(warning)") }
        for error in report.errors.prefix(Self.printedErrorLimit) { Self.printError(error.description) }
        if report.errors.count > Self.printedErrorLimit {
            Self.printError("… and \(report.errors.count - Self.printedErrorLimit) more errors")
        }
        print(summary(report))
        if !report.errors.isEmpty, skipBad == nil || dryRun {
            throw ExitCode(1)
        }
    }

    /// One line: what was imported, duplicates, rejected, seconds.
    func summary(_ report: ImportReport) -> String {
        let counts = report.imported
        let parts = [(counts.items, "item"), (counts.brands, "brand"), (counts.customers, "customer"),
                     (counts.complaints, "complaint"), (counts.followUps, "follow-up")]
            .filter { $0.0 > 0 }
            .map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }
        let what = parts.isEmpty ? "nothing new" : parts.joined(separator: ", ")
        let tail = "\(report.duplicates) duplicate\(report.duplicates == 1 ? "" : "s"), "
            + "\(report.rejected) rejected in \(String(format: "%.2f", report.seconds)) s"
        if dryRun {
            return "dry run: would import \(what); \(tail); nothing was changed"
        }
        if !report.committed {
            let bad = report.rejected == 1 ? "1 record or file has errors" : "\(report.rejected) records or files have errors"
            return "imported nothing: \(bad); fix the input and import again, "
                + "or pass --skip-bad FILE to import the rest (\(tail))"
        }
        let rejectsNote = report.rejected > 0 ? " (rejects written to \(skipBad ?? ""))" : ""
        return "imported \(what); \(tail)\(rejectsNote)"
    }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// A single progress line on a terminal's standard error, redrawn when the percentage changes.
    final class ProgressLine: @unchecked Sendable {
        private let lock = NSLock()
        private var last = ""

        func show(_ progress: ImportProgress) {
            let percent = Int(progress.fraction * 100)
            let text = "\rimporting: \(progress.phase.rawValue) \(percent)%\u{1B}[K"
            lock.lock()
            defer { lock.unlock() }
            guard text != last else { return }
            last = text
            FileHandle.standardError.write(Data(text.utf8))
        }

        func clear() {
            lock.lock()
            defer { lock.unlock() }
            if !last.isEmpty { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }
    }
}
