import Foundation

/// Where an item stands in triage. Waiting carries the day to wait until; a duplicate names
/// the item it repeats.
public enum ItemStatus: Sendable, Hashable {
    case new
    case open
    case waiting(until: Date)
    case done
    case spam
    /// The short id of the item this one repeats ("R12").
    case duplicate(of: String)

    /// The stored name: new, open, waiting, done, spam or duplicate.
    public var name: String {
        switch self {
        case .new: return "new"
        case .open: return "open"
        case .waiting: return "waiting"
        case .done: return "done"
        case .spam: return "spam"
        case .duplicate: return "duplicate"
        }
    }

    /// Every status name, in triage order.
    public static let names = ["new", "open", "waiting", "done", "spam", "duplicate"]
}
