import Foundation
import Store

/// The arguments after one command's name, read into its action.
struct TriageArguments {
    let verb: String
    /// Everything after the name, spaces kept (a note is free text).
    let text: String
    let user: String
    let now: Date

    private var words: [String] { text.split(whereSeparator: \.isWhitespace).map(String.init) }

    func action() throws(TriageParseError) -> TriageAction {
        switch verb {
        case "status": return try status()
        case "priority": return .priority(try value(ItemPriority.self, "a priority"))
        case "assign": return .assign(try assignee())
        case "tag": return .tag(try oneWord("a tag name"))
        case "untag": return .untag(try oneWord("a tag name"))
        case "note": return .note(try freeText("the note's text"))
        case "complain": return try complain()
        case "followup": return try followUp()
        case "done": return .complete(note: optionalText)
        case "skip": return .skip(note: optionalText)
        case "severity": return .severity(try value(ComplaintSeverity.self, "a severity"))
        case "channel": return .channel(try value(FollowUpChannel.self, "a channel"))
        case "reply": return .reply(try freeText("the reply's text"))
        case "replied":
            try noMore(words, after: 0)
            return .replySent
        default: return .due(try date(words.first))
        }
    }

    private func status() throws(TriageParseError) -> TriageAction {
        let arguments = words
        guard let name = arguments.first?.lowercased() else { throw missing("a status: \(Self.statuses)") }
        switch name {
        case "new", "open", "done", "spam":
            try noMore(arguments, after: 1)
            return .status(name == "new" ? .new : name == "open" ? .open : name == "done" ? .done : .spam)
        case "waiting":
            guard arguments.count > 1 else { return .complaintStatus(.waiting) }
            return .status(.waiting(until: try date(arguments[1])))
        case "duplicate":
            guard arguments.count == 2, let original = ShortID(arguments[1], kind: .item) else {
                throw TriageParseError("status duplicate needs the item it repeats, like 'status duplicate R12'")
            }
            return .status(.duplicate(of: original.description))
        case "todo", "skipped":
            try noMore(arguments, after: 1)
            return .followUpStatus(name == "todo" ? .todo : .skipped)
        case "resolved":
            try noMore(arguments, after: 1)
            return .complaintStatus(.resolved)
        default:
            throw TriageParseError("'\(name)' is not a status: use \(Self.statuses)")
        }
    }

    /// Every status the `status` command takes, items', complaints' and follow-ups'.
    static let statuses = "new, open, waiting DATE, done, spam, duplicate ID, todo, skipped or resolved"

    private func assignee() throws(TriageParseError) -> String? {
        let name = try oneWord("someone to assign (a user, me or none)")
        switch name.lowercased() {
        case "me": return user
        case "none", "nobody": return nil
        default: return name
        }
    }

    private func complain() throws(TriageParseError) -> TriageAction {
        let arguments = words
        guard let first = arguments.first, let severity = ComplaintSeverity(rawValue: first.lowercased()) else {
            return .complain(severity: nil, note: optionalText)
        }
        let note = Self.unquoted(String(text.dropFirst(first.count)))
        return .complain(severity: severity, note: note.isEmpty ? nil : note)
    }

    /// `followup CHANNEL DATE [@OWNER] [REASON…]`.
    private func followUp() throws(TriageParseError) -> TriageAction {
        let arguments = words
        guard let first = arguments.first else { throw missing("a channel and a date, like 'followup call tomorrow'") }
        guard let channel = FollowUpChannel(rawValue: first.lowercased()) else {
            throw TriageParseError("'\(first)' is not a channel: use \(FollowUpChannel.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let due = try date(arguments.count > 1 ? arguments[1] : nil)
        var consumed = 2
        var owner: String?
        if arguments.count > 2, arguments[2].hasPrefix("@"), arguments[2].count > 1 {
            let name = String(arguments[2].dropFirst())
            owner = name.lowercased() == "me" ? user : name
            consumed = 3
        }
        let reason = Self.unquoted(Self.dropWords(consumed, from: text))
        return .followUp(channel: channel, due: due, owner: owner, note: reason.isEmpty ? nil : reason)
    }

    private func value<Value: RawRepresentable & CaseIterable>(_ type: Value.Type, _ what: String)
        throws(TriageParseError) -> Value where Value.RawValue == String {
        let choices = Value.allCases.map(\.rawValue).joined(separator: ", ")
        guard !words.isEmpty else { throw missing("\(what): \(choices)") }
        let word = try oneWord(what)
        guard let value = Value(rawValue: word.lowercased()) else {
            throw TriageParseError("'\(word)' is not \(what): use \(choices)")
        }
        return value
    }

    private func oneWord(_ what: String) throws(TriageParseError) -> String {
        let arguments = words
        guard let word = arguments.first else { throw missing(what) }
        try noMore(arguments, after: 1)
        return Self.unquoted(word)
    }

    private func freeText(_ what: String) throws(TriageParseError) -> String {
        guard let note = optionalText else { throw missing(what) }
        return note
    }

    private var optionalText: String? {
        let note = Self.unquoted(text)
        return note.isEmpty ? nil : note
    }

    private func date(_ word: String?) throws(TriageParseError) -> Date {
        guard let word else { throw missing("a date (today, tomorrow, fri, +3d, 2026-11-25)") }
        guard let resolved = RelativeDate.parse(word, now: now, direction: .future) else {
            throw TriageParseError("'\(word)' is not a date: write 2026-11-25, today, tomorrow, fri, +3d or 2w")
        }
        return resolved.date
    }

    private func noMore(_ arguments: [String], after count: Int) throws(TriageParseError) {
        guard arguments.count <= count else {
            throw TriageParseError("\(verb) takes \(count == 1 ? "one word" : "\(count) words"); '\(arguments[count])' is one too many")
        }
    }

    private func missing(_ what: String) -> TriageParseError {
        TriageParseError("\(verb) needs \(what)")
    }

    /// The text after its first `count` words, spaces inside kept.
    static func dropWords(_ count: Int, from text: String) -> String {
        var rest = Substring(text)
        for _ in 0..<count {
            rest = rest.drop { $0.isWhitespace }
            rest = rest.drop { !$0.isWhitespace }
        }
        return String(rest)
    }

    /// Trimmed, without one pair of surrounding quotes.
    static func unquoted(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        for quote in ["\"", "'"] where trimmed.count >= 2 && trimmed.hasPrefix(quote) && trimmed.hasSuffix(quote) {
            return String(trimmed.dropFirst().dropLast())
        }
        return trimmed
    }
}
