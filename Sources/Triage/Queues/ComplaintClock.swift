import Foundation
import Store

/// The deadline clock of a complaint: the one that runs now (first response until answered,
/// then resolution), with the business time left or overdue.
public struct ComplaintClock: Sendable, Hashable {
    public enum Stage: String, Sendable, Hashable {
        case firstResponse = "first response"
        case resolution
        /// Resolved: no clock runs.
        case resolved
        /// Open without a deadline.
        case unscheduled
    }

    public var stage: Stage
    public var due: Date?
    /// Business seconds until `due`; negative when overdue; 0 when no clock runs.
    public var remaining: Double
    public var isOverdue: Bool { remaining < 0 }

    public init(stage: Stage, due: Date?, remaining: Double) {
        self.stage = stage
        self.due = due
        self.remaining = remaining
    }

    /// The clock of `row` at `now`, counted in `hours`.
    public static func of(_ row: ComplaintRow, now: Date, hours: BusinessHours) -> ComplaintClock {
        if row.status == "resolved" { return ComplaintClock(stage: .resolved, due: nil, remaining: 0) }
        let (stage, due) = row.firstResponseAt == nil ? (Stage.firstResponse, row.firstResponseDue) : (.resolution, row.resolutionDue)
        guard let due else { return ComplaintClock(stage: .unscheduled, due: nil, remaining: 0) }
        return ComplaintClock(stage: stage, due: due, remaining: hours.seconds(from: now, to: due))
    }

    /// "3h 20m left", "1d 2h over" (days of the business hours' longest opening day), or ""
    /// when no clock runs.
    public func text(dayLength: Double) -> String {
        guard stage == .firstResponse || stage == .resolution else { return "" }
        return Self.span(abs(remaining), dayLength: dayLength) + (isOverdue ? " over" : " left")
    }

    /// Business time as "2d 3h", "3h 20m" or "45m".
    public static func span(_ seconds: Double, dayLength: Double) -> String {
        let minutes = Int((seconds / 60).rounded(.down))
        let dayMinutes = max(1, Int(dayLength / 60))
        let (days, rest) = minutes.quotientAndRemainder(dividingBy: dayMinutes)
        let (hours, mins) = rest.quotientAndRemainder(dividingBy: 60)
        if days > 0 { return hours > 0 ? "\(days)d \(hours)h" : "\(days)d" }
        if hours > 0 { return mins > 0 ? "\(hours)h \(mins)m" : "\(hours)h" }
        return "\(mins)m"
    }
}
