import ArgumentParser
import Foundation
import Store

/// `earshot doctor [--json]`: checks the store and exits 0 when it is healthy, 4 when it is
/// damaged (with one line on stderr saying what is wrong and what to do).
///
/// Checks: SQLite's integrity_check, foreign_key_check, that the full-text indexes hold exactly
/// the items and notes (and FTS5's own check of them), and the schema version.
///
/// Text: one line per check (`ok` or what is wrong), then `healthy` or the damage.
///
/// `--json`: `{"path":"…","healthy":true,"schema_version":4,"known_schema_version":4,
/// "migrations":["v1-core","v2-search","v3-change-versions","v4-deferred-search"],"read_only":false,
/// "checks":[{"name":"integrity_check","passed":true,"detail":"ok"},…]}`.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the store (integrity, links, search index, schema); exit 4 if it is damaged.")

    @Flag(help: "Print the report as JSON.")
    var json = false

    @Option(help: "The store file (default: $EARSHOT_STORE, else $XDG_DATA_HOME/earshot/earshot.db).")
    var store: String?

    @ParentCommand var root: Earshot

    func run() throws {
        let report = try CommandFailure.reporting {
            try StoreAccess.open(option: store, root: root).doctor()
        }
        if json {
            CommandOutput.json(.object([
                "path": .string(report.path), "healthy": .bool(report.isHealthy),
                "schema_version": .int(Int64(report.schemaVersion)),
                "known_schema_version": .int(Int64(report.knownSchemaVersion)),
                "migrations": .array(report.migrations.map { .string($0) }), "read_only": .bool(report.isReadOnly),
                "checks": .array(report.checks.map {
                    .object(["name": .string($0.name), "passed": .bool($0.passed), "detail": .string($0.detail)])
                }),
            ]))
        } else {
            print("store \(report.path)")
            for check in report.checks { print("  \(check.name): \(check.detail)") }
            print(report.isHealthy ? "healthy" : "DAMAGED")
        }
        if let problem = report.problem {
            CommandOutput.error(problem)
            throw ExitCode(4)
        }
    }
}
