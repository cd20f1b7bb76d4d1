import Foundation

extension FollowUpRow {
    /// A to-do follow-up whose due day ended before `now`'s day began (UTC): due today is not overdue.
    public func isOverdue(now: Date) -> Bool {
        status == "todo" && due.timeIntervalSince1970 < ISOTime.startOfDay(now.timeIntervalSince1970)
    }
}
