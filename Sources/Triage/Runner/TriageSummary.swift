import Foundation
import Store

/// The one-sentence accounts of triage commands, for the status line and the CLI.
enum TriageSummary {
    /// What the command sets out to do, before it runs (recorded with its change group, and
    /// repeated by an undo of it): "Tagged 3 reviews refund".
    static func intent(_ actions: [TriageAction], ids: [String]) -> String {
        phrase(actions, subject: subject(ids.compactMap { ShortID($0) }), count: ids.count, created: [])
    }

    /// What the command did: the change made to `changed` (the ids it was applied to, for a
    /// creation the entities it was made from), then the ids in conflict or failed.
    static func report(_ actions: [TriageAction], changed: [String], outcomes: [TriageOutcome],
                       results: [ChangeResult]) -> String {
        let created = actions.contains(where: \.createsEntity) ? results.map(\.id) : []
        let done = changed.isEmpty ? "Nothing changed"
            : phrase(actions, subject: subject(changed.compactMap { ShortID($0) }), count: changed.count, created: created)
        return done + problems(outcomes)
    }

    /// "; conflict on R5 (maya changed status)", "; 2 failed (R9, R10)".
    static func problems(_ outcomes: [TriageOutcome]) -> String {
        var text = ""
        let conflicts = outcomes.compactMap { if case .conflict(let conflict) = $0 { return conflict } else { return nil } }
        if conflicts.count == 1, let conflict = conflicts.first {
            text += "; conflict on \(conflict.id) (\(whoChanged(conflict)))"
        } else if conflicts.count > 1 {
            text += "; \(conflicts.count) conflicts (\(conflicts.map(\.id).joined(separator: ", ")))"
        }
        let failures = outcomes.compactMap { if case .failed(let id, let message) = $0 { return (id, message) } else { return nil } }
        if failures.count == 1, let failure = failures.first {
            text += "; \(failure.0) not changed: \(failure.1)"
        } else if failures.count > 1 {
            text += "; \(failures.count) failed (\(failures.map(\.0).joined(separator: ", ")))"
        }
        return text
    }

    /// "maya changed status", or "changed by someone else".
    static func whoChanged(_ conflict: ChangeConflict) -> String {
        guard let last = conflict.changes.last else { return "changed by someone else" }
        let fields = Array(Set(conflict.changes.map(\.field))).sorted().joined(separator: ", ")
        return "\(last.user) changed \(fields)"
    }

    /// "R12", or "3 reviews".
    static func subject(_ ids: [ShortID]) -> String {
        if ids.count == 1, let id = ids.first { return id.description }
        let kinds = Set(ids.map(\.kind))
        let noun: String
        switch kinds.count == 1 ? kinds.first : nil {
        case .item: noun = "reviews"
        case .complaint: noun = "complaints"
        case .followUp: noun = "follow-ups"
        case .customer: noun = "customers"
        default: noun = "entries"
        }
        return "\(ids.count) \(noun)"
    }

    /// The sentence for `actions` on `subject` (`count` entities); a creation names what it
    /// created, or before it runs says how many it makes: one per entity.
    private static func phrase(_ actions: [TriageAction], subject: String, count: Int, created: [String]) -> String {
        guard actions.count == 1, let action = actions.first else { return "Updated \(subject)" }
        switch action {
        case .status(let status, let until, let duplicateOf):
            return "Marked \(subject) " + statusWords(status, until: until, duplicateOf: duplicateOf)
        case .complaintStatus(let status): return "Marked \(subject) \(status.rawValue)"
        case .followUpStatus(let status): return "Marked \(subject) \(status.rawValue)"
        case .priority(let priority): return "Set \(subject) to priority \(priority.rawValue)"
        case .assign(let user?): return "Assigned \(subject) to \(user)"
        case .assign(nil): return "Unassigned \(subject)"
        case .tag(let tag): return "Tagged \(subject) \(tag)"
        case .untag(let tag): return "Untagged \(subject) \(tag)"
        case .note: return "Added a note to \(subject)"
        case .complain:
            if created.count == 1 { return "Opened complaint \(created[0]) from \(subject)" }
            return count == 1 ? "Opened a complaint from \(subject)" : "Opened complaints from \(subject)"
        case .followUp(let channel, let due, _, _):
            let which = created.count == 1 ? "\(channel.rawValue) \(created[0])"
                : count == 1 ? "\("aeiou".contains(channel.rawValue.prefix(1)) ? "an" : "a") \(channel.rawValue) follow-up"
                : "\(channel.rawValue) follow-ups"
            return "Planned \(which) due \(StoreTime.day(due)) for \(subject)"
        case .complete: return "Completed \(subject)"
        case .skip: return "Skipped \(subject)"
        case .severity(let severity): return "Set \(subject) to severity \(severity.rawValue)"
        case .channel(let channel): return "Set \(subject) to channel \(channel.rawValue)"
        case .due(let due): return "Rescheduled \(subject) to \(StoreTime.day(due))"
        case .reply: return "Saved the reply to \(subject)"
        case .replySent: return "Marked the reply to \(subject) sent"
        }
    }

    static func statusWords(_ status: ItemStatus, until: Date?, duplicateOf: String?) -> String {
        if let until { return "waiting until \(StoreTime.day(until))" }
        if let duplicateOf { return "duplicate of \(duplicateOf)" }
        switch status {
        case .waiting(let until): return "waiting until \(StoreTime.day(until))"
        case .duplicate(let original): return "duplicate of \(original)"
        default: return status.name
        }
    }
}
