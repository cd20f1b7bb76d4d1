import ArgumentParser
import Foundation
import Store
import Triage

/// `earshot update ID [--status S] [--priority P] [--assign USER] [--tag T]... [--untag T]...
/// [--note TEXT] [--snooze DATE] [--duplicate-of ID] [--severity S] [--channel C]
/// [--if-version N] [--json]`: changes an item, complaint or follow-up in one transaction.
///
/// Items take every option but --severity and --channel; complaints --status open|waiting|
/// resolved, --severity, --assign (owner), --note; follow-ups --status todo|done|skipped,
/// --snooze (new due date), --channel, --assign (owner), --note. With --if-version N the change
/// is refused (exit 3, nothing written) when someone else changed one of the same fields after
/// version N; tags and notes always merge.
///
/// Text: `R12 updated (version 4): status new → open; tag +vip; note "…"`.
///
/// `--json`: `{"id":"R12","version":4,"changed":true,"events":[EVENT…],"merged":[EVENT…]}`
/// with EVENT as in `show --json`'s history; `merged` lists others' changes made after
/// --if-version that this one was merged with.
struct UpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Change an item, complaint or follow-up: status, priority, owner, tags, notes, dates.")

    @Argument(help: "The id: R12 (item), C3 (complaint) or F7 (follow-up).")
    var id: String

    @Option(help: "Items: new, open, waiting, done, spam, duplicate. Complaints: open, waiting, resolved. Follow-ups: todo, done, skipped.")
    var status: String?

    @Option(help: "Items: low, normal, high, urgent.")
    var priority: ItemPriority?

    @Option(help: "Who it is given to ('me' for you, 'none' for nobody).")
    var assign: String?

    @Option(help: "A tag to add to an item (repeatable).")
    var tag: [String] = []

    @Option(help: "A tag to remove from an item (repeatable).")
    var untag: [String] = []

    @Option(help: "A note to add (notes always merge with others' changes).")
    var note: String?

    @Option(help: ArgumentHelp("Items: wait until DATE (status waiting). Follow-ups: move the due date. DATE: 2026-11-25, tomorrow, fri, +3d, 2w.", valueName: "DATE"))
    var snooze: String?

    @Option(name: .customLong("duplicate-of"), help: ArgumentHelp("Items: mark as a duplicate of this item.", valueName: "ID"))
    var duplicateOf: String?

    @Option(help: "Complaints: low, normal, high, critical.")
    var severity: ComplaintSeverity?

    @Option(help: "Follow-ups: call, email, visit, note, gift, other.")
    var channel: FollowUpChannel?

    @Option(name: .customLong("if-version"), help: ArgumentHelp("Refuse (exit 3) if someone else changed the same fields after version N.", valueName: "N"))
    var ifVersion: Int?

    @OptionGroup var change: ChangeOptions

    @ParentCommand var root: Earshot

    func run() throws {
        try CommandFailure.reporting {
            guard let target = ShortID(id), [.item, .complaint, .followUp].contains(target.kind) else {
                throw UserError("'\(id)' is not an item, complaint or follow-up id: update R12, C3 or F7")
            }
            let opened = try change.open(root: root)
            let actions = try self.actions(for: target.kind, user: opened.user)
            guard !actions.isEmpty else { throw UpdateOptions.nothingToDo }
            try change.run(actions, on: target.description, ifVersion: ifVersion, store: opened, verb: "updated")
        }
    }

    /// The options as triage actions for an entity of `kind`; an option that does not apply
    /// to it is a mistake.
    private func actions(for kind: EntityKind, user: String) throws -> [TriageAction] {
        var actions: [TriageAction] = []
        switch kind {
        case .item:
            try UpdateOptions.refuse(["--severity": severity != nil, "--channel": channel != nil], for: "items")
            if let status = try UpdateOptions.itemStatus(status, snooze: snooze, duplicateOf: duplicateOf) {
                actions.append(.status(status))
            }
            if let priority { actions.append(.priority(priority)) }
            actions += tag.map(TriageAction.tag) + untag.map(TriageAction.untag)
        case .complaint:
            try UpdateOptions.refuse(["--priority": priority != nil, "--tag": !tag.isEmpty, "--untag": !untag.isEmpty,
                                      "--snooze": snooze != nil, "--duplicate-of": duplicateOf != nil,
                                      "--channel": channel != nil], for: "complaints")
            if let status { actions.append(.complaintStatus(try UpdateOptions.complaintStatus(status))) }
            if let severity { actions.append(.severity(severity)) }
        default:
            try UpdateOptions.refuse(["--priority": priority != nil, "--tag": !tag.isEmpty, "--untag": !untag.isEmpty,
                                      "--duplicate-of": duplicateOf != nil, "--severity": severity != nil],
                                     for: "follow-ups")
            if let status { actions.append(.followUpStatus(try UpdateOptions.followUpStatus(status))) }
            if let snooze { actions.append(.due(try DateArgument.future(snooze, option: "--snooze"))) }
            if let channel { actions.append(.channel(channel)) }
        }
        if let assign { actions.append(.assign(TriageCLI.person(assign, user: user))) }
        if let note { actions.append(.note(note)) }
        return actions
    }
}
