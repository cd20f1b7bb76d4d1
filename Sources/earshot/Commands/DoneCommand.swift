import ArgumentParser
import Store
import Triage

/// `earshot done ID [--note TEXT] [--skip] [--if-version N] [--json]`: finishes a follow-up
/// (F7: done, or skipped with --skip; --note is the outcome), resolves a complaint (C3; --note
/// is the resolution) or closes an item (R12: status done; --note adds a note).
///
/// Text and `--json` as for `update`; exit 3 on a conflict with --if-version.
struct DoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "done",
        abstract: "Finish a follow-up, resolve a complaint, or close an item.")

    @Argument(help: "F7 (follow-up), C3 (complaint) or R12 (item).")
    var id: String

    @Option(help: "The outcome (follow-up), the resolution (complaint), or a note (item).")
    var note: String?

    @Flag(help: "Follow-ups: mark it skipped rather than done.")
    var skip = false

    @Option(name: .customLong("if-version"), help: ArgumentHelp("Refuse (exit 3) if someone else changed it after version N.", valueName: "N"))
    var ifVersion: Int?

    @OptionGroup var change: ChangeOptions

    @ParentCommand var root: Earshot

    func run() throws {
        try CommandFailure.reporting {
            guard let target = ShortID(id), [.item, .complaint, .followUp].contains(target.kind) else {
                throw UserError("'\(id)' is not a follow-up, complaint or item id: finish F7, C3 or R12")
            }
            if skip, target.kind != .followUp { throw UserError("--skip is for follow-ups only") }
            let opened = try change.open(root: root)
            try change.run([skip ? .skip(note: note) : .complete(note: note)], on: target.description,
                           ifVersion: ifVersion, store: opened, verb: "done")
        }
    }
}
