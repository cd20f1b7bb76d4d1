import Foundation
import Store

/// Turns `update`'s options into the store's change values, with a message for each mistake.
enum UpdateOptions {
    static let nothingToDo = UserError("nothing to change: give --status, --priority, --assign, --tag, --untag, --note or --snooze")

    /// `me` is the current user; `none`, `nobody` or an empty name clears the assignment.
    static func assignment(_ value: String, user: String) -> Assignment {
        switch value.trimmingCharacters(in: .whitespaces).lowercased() {
        case "me": return .user(user)
        case "", "none", "nobody": return .nobody
        default: return .user(value)
        }
    }

    /// Fails for the first option that was given but does not apply to `kind`.
    static func refuse(_ given: [String: Bool], for kind: String) throws {
        if let option = given.filter(\.value).keys.sorted().first {
            throw UserError("\(option) does not apply to \(kind): see 'earshot update --help'")
        }
    }

    /// The item status `--status`, `--snooze` and `--duplicate-of` ask for together; nil for none.
    static func itemStatus(_ status: String?, snooze: String?, duplicateOf: String?) throws -> ItemStatus? {
        let name = status?.lowercased() ?? (snooze != nil ? "waiting" : duplicateOf != nil ? "duplicate" : nil)
        switch name {
        case nil: return nil
        case "waiting":
            guard let snooze else { throw UserError("--status waiting needs --snooze DATE: until when?") }
            guard duplicateOf == nil else { throw UserError("--duplicate-of goes with --status duplicate, not waiting") }
            return .waiting(until: try DateArgument.future(snooze, option: "--snooze"))
        case "duplicate":
            guard let duplicateOf else { throw UserError("--status duplicate needs --duplicate-of ID: of which item?") }
            guard snooze == nil else { throw UserError("--snooze goes with --status waiting, not duplicate") }
            return .duplicate(of: duplicateOf)
        case "new", "open", "done", "spam":
            guard snooze == nil, duplicateOf == nil else {
                throw UserError("--snooze needs --status waiting and --duplicate-of needs --status duplicate")
            }
            switch name {
            case "new": return .new
            case "open": return .open
            case "done": return .done
            default: return .spam
            }
        default:
            throw UserError("'\(status ?? "")' is not an item status: use new, open, waiting, done, spam or duplicate")
        }
    }

    static func complaintStatus(_ value: String) throws -> ComplaintStatus {
        guard let status = ComplaintStatus(rawValue: value.lowercased()) else {
            throw UserError("'\(value)' is not a complaint status: use open, waiting or resolved")
        }
        return status
    }

    static func followUpStatus(_ value: String) throws -> FollowUpStatus {
        guard let status = FollowUpStatus(rawValue: value.lowercased()) else {
            throw UserError("'\(value)' is not a follow-up status: use todo, done or skipped")
        }
        return status
    }
}
