import Foundation
import Store
import Triage

/// The CLI's side of the one code path: `update`, `complain`, `followup`, `done` and `undo`
/// run their actions through the `TriageRunner` the dashboard runs, and print what it did.
enum TriageCLI {
    /// The runner on `store`, with the config file's business hours and deadlines; a mistake
    /// in the config's triage lines is a note on stderr (the defaults are used for it).
    static func runner(_ store: EarshotStore) -> TriageRunner {
        TriageRunner(store: store, settings: settings())
    }

    /// The config file's business hours, deadlines and urgency weights, so the CLI ranks and
    /// schedules as the dashboard does; a mistake in a triage line is a note on stderr.
    static func settings() -> TriageSettings {
        let (settings, errors) = TriageSettings.load(environment: ProcessInfo.processInfo.environment)
        for error in errors { CommandOutput.note("\(error); using the default for that line") }
        return settings
    }

    /// Runs `actions` on one id, expected at `version` when given, and prints the change as
    /// `verb` ("updated", "opened"…) in text or JSON. A conflict exits 3, any other failure 1.
    static func run(_ actions: [TriageAction], on id: String, ifVersion version: Int?, store: EarshotStore,
                    json: Bool, verb: String) throws {
        let report = try runner(store).run(actions, on: [id], expected: version.map { [id: $0] } ?? [:])
        if let conflict = report.conflicts.first { throw StoreError.conflict(conflict) }
        if let failure = report.failures.first { throw UserError(failure.message) }
        for result in report.results { ChangeOutput.show(result, json: json, verb: verb) }
    }

    /// An owner given on the command line: `me` (any case) is the user, anything else a login.
    static func owner(_ value: String?, user: String) -> String? {
        value.map { $0.lowercased() == "me" ? user : $0 }
    }

    /// `me` is the user; `none`, `nobody` or empty is nobody (nil).
    static func person(_ value: String, user: String) -> String? {
        switch UpdateOptions.assignment(value, user: user) {
        case .user(let name): return name
        case .nobody: return nil
        }
    }
}
