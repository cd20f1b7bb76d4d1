import Foundation
import Store

/// The triage settings of the config file: business hours, complaint deadlines counted in
/// them, and the follow-up urgency weights. Defaults suit a café.
public struct TriageSettings: Sendable, Hashable {
    public var hours: BusinessHours
    /// Open time to the first response and to the resolution, per severity.
    public var deadlines: [ComplaintSeverity: ComplaintDeadlines]
    public var urgency: UrgencyWeights
    /// True once an `hours` line was read: later ones add days to its week, not the default's.
    var hoursFromConfig = false

    public init(hours: BusinessHours = .cafe, deadlines: [ComplaintSeverity: ComplaintDeadlines] = ComplaintDeadlines.defaults,
                urgency: UrgencyWeights = UrgencyWeights()) {
        self.hours = hours
        self.deadlines = deadlines
        self.urgency = urgency
    }

    /// A new complaint's draft with its due times counted in business hours from `openedAt`.
    public func complaintDraft(severity: ComplaintSeverity, openedAt: Date) -> ComplaintDraft {
        let deadline = deadlines[severity] ?? ComplaintDeadlines.defaults[severity] ?? ComplaintDeadlines(firstResponse: .hours(8), resolution: .days(5))
        return ComplaintDraft(severity: severity,
                              firstResponseDue: hours.adding(deadline.firstResponse.seconds(dayLength: hours.dayLength), to: openedAt),
                              resolutionDue: hours.adding(deadline.resolution.seconds(dayLength: hours.dayLength), to: openedAt))
    }
}
