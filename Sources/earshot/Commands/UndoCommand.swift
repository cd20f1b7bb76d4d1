import ArgumentParser
import Store
import Triage

/// `earshot undo [--json]`: reverts your latest change group (one command: a bulk change of
/// many items included), whether made in the dashboard or by a command; repeat it to go
/// further back. The undo is itself recorded in each entity's history.
///
/// What someone else changed again since is left as they made it: it is reported as a
/// conflict (exit 3) naming who changed what, and the rest is still reverted.
///
/// Text: `Undid: Tagged 3 reviews refund`, then one line per entity as `update` prints it.
/// `--json`: `{"undone":"Tagged 3 reviews refund","summary":"Undid: …","changes":[CHANGE…],
/// "conflicts":[{"id":"R4","version":3,"changes":[EVENT…]}]}` with CHANGE as `update --json`
/// prints; `undone` is null when there was nothing to undo.
struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Revert your latest change (a bulk change included).")

    @Flag(help: "Print what was undone as JSON.")
    var json = false

    @Option(help: "The store file (default: $EARSHOT_STORE, else $XDG_DATA_HOME/earshot/earshot.db).")
    var store: String?

    @ParentCommand var root: Earshot

    func run() throws {
        try CommandFailure.reporting {
            let opened = try StoreAccess.open(option: store, root: root)
            let report = try TriageCLI.runner(opened).undoLast()
            if json {
                CommandOutput.json(UndoOutput.json(report))
            } else {
                print(report.summary)
                for result in report.results { ChangeOutput.show(result, json: false, verb: "reverted") }
                for conflict in report.conflicts { CommandOutput.error("not undone: \(conflict)") }
            }
            if !report.conflicts.isEmpty { throw ExitCode(3) }
        }
    }
}
