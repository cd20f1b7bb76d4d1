import ArgumentParser
import Store
import Triage

/// `earshot followup ID --due DATE --channel C [--owner U] [--note TEXT] [--json]`: plans a
/// high-touch follow-up for an item (R12), a complaint (C3) or a customer (P7).
///
/// DATE is a day or time: 2026-11-25, today, tomorrow, a weekday (fri: the next Friday after
/// today), +3d, 2w. --note is the reason shown in the queue (default "Follow up on ID").
/// Planning the same follow-up twice (same whom, how, when and why) is refused.
///
/// Text: `F30 planned (version 1): created "call due 2026-11-25 for R12"`.
/// `--json`: `{"id":"F30","version":1,"changed":true,"events":[EVENT…],"merged":[]}`.
struct FollowupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup",
        abstract: "Plan a follow-up (call, email, visit, note, gift) for an item, complaint or customer.")

    @Argument(help: "What it follows up: R12 (item), C3 (complaint) or P7 (customer).")
    var id: String

    @Option(help: ArgumentHelp("When: 2026-11-25, today, tomorrow, fri, +3d, 2w.", valueName: "DATE"))
    var due: String

    @Option(help: "call, email, visit, note, gift or other.")
    var channel: FollowUpChannel

    @Option(help: "Who does it (default: you; 'me' for you).")
    var owner: String?

    @Option(help: "Why: shown in the follow-up queue.")
    var note: String?

    @OptionGroup var change: ChangeOptions

    @ParentCommand var root: Earshot

    func run() throws {
        try CommandFailure.reporting {
            let date = try DateArgument.future(due, option: "--due")
            guard let target = ShortID(id), [.item, .complaint, .customer].contains(target.kind) else {
                throw UserError("'\(id)' is not an item, complaint or customer id: follow up R12, C3 or P7")
            }
            let opened = try change.open(root: root)
            let action = TriageAction.followUp(channel: channel, due: date,
                                               owner: TriageCLI.owner(owner, user: opened.user), note: note)
            try change.run([action], on: target.description, store: opened, verb: "planned")
        }
    }
}
