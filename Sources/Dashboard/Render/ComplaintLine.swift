import Foundation
import Store
import Triage

/// A row of the Complaints pane: id, severity, status, category, deadline clock, summary.
enum ComplaintLine {
    static func spans(_ row: ComplaintRow, width: Int, now: Date, glyphs: Glyphs,
                      hours: BusinessHours = TriageSettings().hours) -> StyledLine {
        let clock = deadline(row, now: now, hours: hours)
        let severityRole: ThemeRole = row.severity == "critical" || row.severity == "high" ? .urgent : .text
        return [
            Span(Formatters.column(row.id, 6, glyphs: glyphs), .muted),
            Span(Formatters.column(row.severity, 9, glyphs: glyphs), severityRole),
            Span(Formatters.column(row.status, 9, glyphs: glyphs), row.status == "resolved" ? .muted : .text),
            Span(Formatters.column(row.category, 12, glyphs: glyphs), .text),
            Span(Formatters.column(clock.text, 13, glyphs: glyphs), clock.overdue ? .overdue : .muted),
            Span(row.summary, row.status == "resolved" ? .muted : .text),
        ]
    }

    /// The clock that runs now, in business time (`ComplaintClock`): first response until
    /// answered, then resolution; how long it took once resolved.
    static func deadline(_ row: ComplaintRow, now: Date, hours: BusinessHours) -> (text: String, overdue: Bool) {
        let clock = ComplaintClock.of(row, now: now, hours: hours)
        switch clock.stage {
        case .resolved:
            return (row.resolvedAt.map { "took \(Formatters.span($0.timeIntervalSince(row.opened)))" } ?? "", false)
        case .unscheduled:
            return ("open \(Formatters.span(now.timeIntervalSince(row.opened)))", false)
        case .firstResponse, .resolution:
            return (clock.text(dayLength: hours.dayLength), clock.isOverdue)
        }
    }
}
