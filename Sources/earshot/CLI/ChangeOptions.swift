import ArgumentParser
import Store
import Triage

/// The options of the commands that change one entity (`update`, `complain`, `followup`, `done`):
/// the store to change and whether to print the change as JSON.
struct ChangeOptions: ParsableArguments {
    @Flag(help: "Print the change as JSON.")
    var json = false

    @Option(help: "The store file (default: $EARSHOT_STORE, else $XDG_DATA_HOME/earshot/earshot.db).")
    var store: String?

    /// Opens the store for writing (`--store` here, else the root's, else the default).
    func open(root: Earshot) throws -> EarshotStore {
        try StoreAccess.open(option: store, root: root)
    }

    /// Runs `actions` on `id` through the triage runner and prints the change as `verb`.
    func run(_ actions: [TriageAction], on id: String, ifVersion: Int? = nil, store: EarshotStore, verb: String) throws {
        try TriageCLI.run(actions, on: id, ifVersion: ifVersion, store: store, json: json, verb: verb)
    }
}
