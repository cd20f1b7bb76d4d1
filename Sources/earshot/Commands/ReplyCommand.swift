import ArgumentParser
import Foundation
import Store
import Triage

/// `earshot reply ID [--template NAME] [--text TEXT | --edit] [--check] [--copy] [--sent [--force]] [--json]`:
/// drafts, checks and marks sent the reply to an item.
///
/// Without --text or --edit it shows the item's draft, or starts one from a template (--template
/// NAME, else the one that fits the item's rating: thanks, apology or neutral) and saves it.
/// --edit opens the draft in `$VISUAL` or `$EDITOR`. --check lists the reply check's flags.
/// --copy puts it on the clipboard of the machine you sit at (OSC 52 through the terminal, so
/// it works over SSH; under tmux, `set -g set-clipboard on`). --sent marks the reply as posted (when and by whom; the first-response clock of the item's
/// complaint stops), refused while the check has flags unless --force is given.
///
/// Text: the reply, then one line per flag (`! LINE:COLUMN KIND "words": why`), then where to
/// post it. `--json`: `{"id", "version", "reply": {"text", "template", "status", "author",
/// "created", "updated", "sent_at", "sent_by", "version"}, "flags": [{"kind", "reason", "excerpt",
/// "line", "column"}], "url", "changed"}`.
struct ReplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reply",
        abstract: "Draft, check and mark sent the reply to an item.")

    @Argument(help: "The item answered, like R12.")
    var id: String

    @Option(help: ArgumentHelp("Start from this template (a file in $XDG_CONFIG_HOME/earshot/templates, or thanks, apology, neutral).", valueName: "NAME"))
    var template: String?

    @Option(help: "The reply's text (instead of a template).")
    var text: String?

    @Flag(help: "Edit the draft in $VISUAL or $EDITOR.")
    var edit = false

    @Flag(help: "List what the reply check flags.")
    var check = false

    @Flag(help: "Copy the reply to your own machine's clipboard (OSC 52, over SSH too).")
    var copy = false

    @Flag(help: "Mark the reply as posted on the site.")
    var sent = false

    @Flag(help: "With --sent: mark it sent even though the check flags something.")
    var force = false

    @Flag(help: "Print the reply and its flags as JSON.")
    var json = false

    @Option(help: "The store file (default: $EARSHOT_STORE, else $XDG_DATA_HOME/earshot/earshot.db).")
    var store: String?

    @ParentCommand var root: Earshot

    func validate() throws {
        if text != nil, edit { throw ValidationError("give --text or --edit, not both") }
        if force, !sent { throw ValidationError("--force goes with --sent") }
    }

    func run() throws {
        try CommandFailure.reporting {
            guard let item = ShortID(id, kind: .item) else {
                throw UserError("'\(id)' is not an item id: a reply answers an item like R12")
            }
            let opened = try StoreAccess.open(option: store, root: root)
            let draft = try ReplyDraftPlan.make(for: item.description, store: opened, template: template, text: text, edit: edit)
            let runner = TriageCLI.runner(opened)
            var result: ChangeResult?
            if draft.isNew {
                result = try Self.apply([.reply(draft.text, template: draft.template)], id: item.description, runner: runner)
            }
            let flags = ReplyCheck.flags(for: draft.text, context: ReplyCheckContext(subject: draft.subject))
            if sent {
                guard flags.isEmpty || force else {
                    Self.print(draft, flags: flags, reply: try opened.reply(to: item.description), result: result, json: json)
                    throw UserError("the reply check flags \(flags.count) thing\(flags.count == 1 ? "" : "s"): change the reply, or mark it sent anyway with --sent --force")
                }
                result = try Self.apply([.replySent], id: item.description, runner: runner)
            }
            Self.print(draft, flags: check || sent || json ? flags : [], reply: try opened.reply(to: item.description),
                       result: result, json: json)
            if copy { CommandOutput.note(ReplyClipboard.copy(draft.text, url: draft.subject.url)) }
        }
    }

    private static func apply(_ actions: [TriageAction], id: String, runner: TriageRunner) throws -> ChangeResult? {
        let report = try runner.run(actions, on: [id])
        if let conflict = report.conflicts.first { throw StoreError.conflict(conflict) }
        if let failure = report.failures.first { throw UserError(failure.message) }
        return report.results.first
    }

    private static func print(_ draft: ReplyDraftPlan, flags: [ReplyFlag], reply: Reply?, result: ChangeResult?, json: Bool) {
        if json {
            CommandOutput.json(.object([
                "id": .string(draft.subject.itemID), "version": result.map { .int(Int64($0.version)) } ?? .null,
                "reply": reply?.json ?? .null,
                "flags": .array(flags.map {
                    .object(["kind": .string($0.kind.rawValue), "reason": .string($0.reason), "excerpt": .string($0.excerpt),
                             "line": .int(Int64($0.line)), "column": .int(Int64($0.column))])
                }),
                "url": draft.subject.url.map { .string($0) } ?? .null, "changed": .bool(result?.changed ?? false),
            ]))
            return
        }
        let status = reply.map { $0.status == .sent ? "sent \($0.sentAt.map(StoreTime.time) ?? "") by \($0.sentBy ?? "?")" : "draft" }
        Swift.print("Reply to \(draft.subject.itemID) (\(status ?? "not saved")\(reply?.template.map { ", from template \($0)" } ?? "")):")
        for line in CommandOutput.safeLines(draft.text) { Swift.print("  " + line) }
        for flag in flags { Swift.print("! " + CommandOutput.safe(flag.description)) }
        if let url = draft.subject.url { Swift.print("Post it at: " + CommandOutput.safe(url)) }
    }
}
