import Foundation
import Store

/// The words of a triage command (`:status done`, `:tag refund`, `:followup call tomorrow`)
/// as a `TriageAction`; what the dashboard's `:` line, key bindings with arguments
/// (`bind reviews x status spam`) and the help screen use.
public struct TriageCommandLine {
    /// Every command, in the order help lists them.
    public static let verbs: [TriageVerb] = [
        TriageVerb(name: "status", synopsis: "new|open|waiting DATE|done|spam|duplicate ID|todo|skipped|resolved",
                   help: "Set the status (waiting needs a day, duplicate the item it repeats)",
                   values: ["new", "open", "waiting", "done", "spam", "duplicate", "todo", "skipped", "resolved"]),
        TriageVerb(name: "priority", synopsis: "low|normal|high|urgent", help: "Set an item's priority",
                   values: ItemPriority.allCases.map(\.rawValue)),
        TriageVerb(name: "assign", synopsis: "USER|me|none", help: "Give it to someone (owner of a complaint or follow-up)",
                   values: ["me", "none"]),
        TriageVerb(name: "tag", synopsis: "TAG", help: "Add a tag to an item"),
        TriageVerb(name: "untag", synopsis: "TAG", help: "Remove a tag from an item"),
        TriageVerb(name: "note", synopsis: "TEXT", help: "Add a note"),
        TriageVerb(name: "complain", synopsis: "[low|normal|high|critical] [NOTE]",
                   help: "Open a complaint from an item", values: ComplaintSeverity.allCases.map(\.rawValue)),
        TriageVerb(name: "followup", synopsis: "CHANNEL DATE [@OWNER] [REASON]",
                   help: "Plan a follow-up (DATE: tomorrow, fri, +3d, 2026-11-25)",
                   values: FollowUpChannel.allCases.map(\.rawValue)),
        TriageVerb(name: "done", synopsis: "[NOTE]",
                   help: "Complete a follow-up, resolve a complaint or close an item (NOTE: outcome or resolution)"),
        TriageVerb(name: "skip", synopsis: "[NOTE]", help: "Skip a follow-up"),
        TriageVerb(name: "severity", synopsis: "low|normal|high|critical", help: "Set a complaint's severity",
                   values: ComplaintSeverity.allCases.map(\.rawValue)),
        TriageVerb(name: "channel", synopsis: "call|email|visit|note|gift|other", help: "Set a follow-up's channel",
                   values: FollowUpChannel.allCases.map(\.rawValue)),
        TriageVerb(name: "due", synopsis: "DATE", help: "Move a follow-up's due date"),
        TriageVerb(name: "reply", synopsis: "TEXT", help: "Save the reply draft of an item"),
        TriageVerb(name: "replied", synopsis: "", help: "Mark an item's reply as posted (stops the first-response clock)"),
    ]

    /// Other names people type for a command.
    static let aliases = ["follow-up": "followup", "complete": "done", "resolve": "done", "unassign": "assign",
                          "sent": "replied"]

    /// Parses a command; "me" is `user`, dates are counted from `now` (UTC days).
    public static func parse(_ words: String, user: String, now: Date) throws(TriageParseError) -> TriageAction {
        let line = words.trimmingCharacters(in: .whitespacesAndNewlines)
        let head = line.prefix { !$0.isWhitespace }
        let rest = String(line.dropFirst(head.count)).trimmingCharacters(in: .whitespaces)
        let typed = head.lowercased().hasPrefix(":") ? String(head.lowercased().dropFirst()) : head.lowercased()
        guard !typed.isEmpty else { throw TriageParseError("type a command: \(verbNames)") }
        let name = aliases[typed] ?? typed
        guard verbs.contains(where: { $0.name == name }) else {
            throw TriageParseError("'\(typed)' is not a command: use \(verbNames)")
        }
        let parser = TriageArguments(verb: name, text: typed == "unassign" ? "none" : rest, user: user, now: now)
        return try parser.action()
    }

    /// Completions of what is typed so far: command names, then a command's values, each as
    /// the whole line it would become ("st" → ["status"], "status w" → ["status waiting"]).
    public static func completions(for prefix: String) -> [String] {
        let typed = prefix.drop { $0 == " " || $0 == ":" }.lowercased()
        guard let space = typed.firstIndex(of: " ") else {
            return verbs.map(\.name).filter { $0.hasPrefix(typed) }
        }
        let name = String(typed[..<space])
        let argument = typed[typed.index(after: space)...].trimmingCharacters(in: .whitespaces)
        guard !argument.contains(" "), let verb = verbs.first(where: { $0.name == (aliases[name] ?? name) }) else { return [] }
        return verb.values.filter { $0.hasPrefix(argument) }.map { "\(name) \($0)" }
    }

    /// The words that parse back to `action` ("tag refund", "status waiting 2026-03-20").
    public static func words(for action: TriageAction) -> String {
        switch action {
        case .status(let status, let until, let duplicateOf):
            return "status " + TriageSummary.statusWords(status, until: until, duplicateOf: duplicateOf)
                .replacingOccurrences(of: " until ", with: " ").replacingOccurrences(of: " of ", with: " ")
        case .complaintStatus(let status): return "status \(status.rawValue)"
        case .followUpStatus(let status): return "status \(status.rawValue)"
        case .priority(let priority): return "priority \(priority.rawValue)"
        case .assign(let user): return "assign \(user ?? "none")"
        case .tag(let tag): return "tag \(tag)"
        case .untag(let tag): return "untag \(tag)"
        case .note(let note): return "note \(note)"
        case .complain(let severity, let note, _, _, _):
            return (["complain", severity?.rawValue, note].compactMap { $0 }).joined(separator: " ")
        case .followUp(let channel, let due, let owner, let note):
            return (["followup", channel.rawValue, StoreTime.day(due), owner.map { "@" + $0 }, note].compactMap { $0 })
                .joined(separator: " ")
        case .complete(let note): return (["done", note].compactMap { $0 }).joined(separator: " ")
        case .skip(let note): return (["skip", note].compactMap { $0 }).joined(separator: " ")
        case .severity(let severity): return "severity \(severity.rawValue)"
        case .channel(let channel): return "channel \(channel.rawValue)"
        case .due(let due): return "due \(StoreTime.day(due))"
        case .reply(let text, _): return "reply \(text)"
        case .replySent: return "replied"
        }
    }

    static var verbNames: String { verbs.map(\.name).joined(separator: ", ") }
}
