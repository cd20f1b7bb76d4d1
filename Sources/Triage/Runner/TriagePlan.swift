import Foundation
import Store

/// What a list of actions asks of one entity, as the store's change or creation for its kind.
enum TriagePlan {
    case item(ItemChange)
    case complaint(ComplaintChange)
    case followUp(FollowUpChange)
    case openComplaint(ComplaintDraft)
    case createFollowUp(FollowUpDraft)
    /// The item's reply saved (when `text` is given), then marked sent (when `sent`).
    case reply(text: String?, template: String?, sent: Bool)

    /// The plan for `actions` on `target`, or why they do not apply to it.
    static func make(_ actions: [TriageAction], for target: ShortID,
                     deadlines: (ComplaintSeverity) -> ComplaintDraft) throws(TriageRefusal) -> TriagePlan {
        if let creation = actions.first(where: \.createsEntity) {
            guard actions.count == 1 else {
                throw TriageRefusal("opening a complaint or planning a follow-up goes alone, not with other changes")
            }
            return try create(creation, for: target, deadlines: deadlines)
        }
        if actions.contains(where: \.isReply) { return try reply(actions, for: target) }
        switch target.kind {
        case .item: return .item(try itemChange(actions, target))
        case .complaint: return .complaint(try complaintChange(actions, target))
        case .followUp: return .followUp(try followUpChange(actions, target))
        default: throw TriageRefusal("\(target) is a \(target.kind == .brand ? "brand" : "customer"): only a follow-up can be planned for a customer")
        }
    }

    private static func create(_ action: TriageAction, for target: ShortID,
                               deadlines: (ComplaintSeverity) -> ComplaintDraft) throws(TriageRefusal) -> TriagePlan {
        switch action {
        case .complain(let severity, let note, let category, let summary, let owner):
            guard target.kind == .item else { throw TriageRefusal("a complaint is opened from an item like R12, not \(target)") }
            var draft = deadlines(severity ?? .normal)
            draft.note = note
            draft.category = category
            draft.summary = summary
            draft.owner = owner
            return .openComplaint(draft)
        case .followUp(let channel, let due, let owner, let note):
            guard [.item, .complaint, .customer].contains(target.kind) else {
                throw TriageRefusal("a follow-up is planned for an item, complaint or customer (R12, C3, P7), not \(target)")
            }
            return .createFollowUp(FollowUpDraft(due: due, channel: channel, owner: owner, reason: note))
        default:
            throw TriageRefusal("\(target): this action changes an entity, it creates none")
        }
    }

    private static func reply(_ actions: [TriageAction], for target: ShortID) throws(TriageRefusal) -> TriagePlan {
        guard target.kind == .item else { throw TriageRefusal("a reply answers an item like R12, not \(target)") }
        var text: String?
        var template: String?
        var sent = false
        for action in actions {
            switch action {
            case .reply(let words, let name):
                text = words
                template = name ?? template
            case .replySent: sent = true
            default: throw TriageRefusal("a reply is saved on its own, not with '\(TriageCommandLine.words(for: action))'")
            }
        }
        return .reply(text: text, template: template, sent: sent)
    }

    private static func itemChange(_ actions: [TriageAction], _ target: ShortID) throws(TriageRefusal) -> ItemChange {
        var change = ItemChange()
        for action in actions {
            switch action {
            case .status(let status, let until, let duplicateOf):
                change.status = until.map { .waiting(until: $0) } ?? duplicateOf.map { .duplicate(of: $0) } ?? status
            case .complaintStatus(.waiting):
                throw TriageRefusal("\(target) is an item: waiting needs a day, like 'status waiting fri'")
            case .priority(let priority): change.priority = priority
            case .assign(let user): change.assignee = user.map { .user($0) } ?? .nobody
            case .tag(let tag): change.addTags.append(tag)
            case .untag(let tag): change.removeTags.append(tag)
            case .note(let note): change.note = note
            case .complete(let note):
                change.status = .done
                if let note { change.note = note }
            default: throw refusal(action, target, "an item")
            }
        }
        return change
    }

    private static func complaintChange(_ actions: [TriageAction], _ target: ShortID) throws(TriageRefusal) -> ComplaintChange {
        var change = ComplaintChange()
        for action in actions {
            switch action {
            case .status(.new, nil, nil), .status(.open, nil, nil): change.status = .open
            case .status(.done, nil, nil): change.status = .resolved
            case .complaintStatus(let status): change.status = status
            case .assign(let user): change.owner = user.map { .user($0) } ?? .nobody
            case .note(let note): change.note = note
            case .severity(let severity): change.severity = severity
            case .complete(let note):
                change.status = .resolved
                if let note { change.resolution = note }
            default: throw refusal(action, target, "a complaint")
            }
        }
        return change
    }

    private static func followUpChange(_ actions: [TriageAction], _ target: ShortID) throws(TriageRefusal) -> FollowUpChange {
        var change = FollowUpChange()
        for action in actions {
            switch action {
            case .status(.new, nil, nil), .status(.open, nil, nil): change.status = .todo
            case .status(.done, nil, nil): change.status = .done
            case .followUpStatus(let status): change.status = status
            case .assign(let user): change.owner = user.map { .user($0) } ?? .nobody
            case .note(let note): change.note = note
            case .channel(let channel): change.channel = channel
            case .due(let due): change.due = due
            case .complete(let note):
                change.status = .done
                if let note { change.outcome = note }
            case .skip(let note):
                change.status = .skipped
                if let note { change.outcome = note }
            default: throw refusal(action, target, "a follow-up")
            }
        }
        return change
    }

    private static func refusal(_ action: TriageAction, _ target: ShortID, _ kind: String) -> TriageRefusal {
        TriageRefusal("\(target) is \(kind): '\(TriageCommandLine.words(for: action))' does not apply to it")
    }
}
