import Foundation
import Store

/// A row of the Complaints pane: id, severity, status, category, deadline clock, summary.
enum ComplaintLine {
    static func spans(_ row: ComplaintRow, width: Int, now: Date, glyphs: Glyphs) -> StyledLine {
        let clock = deadline(row, now: now)
        let severityRole: ThemeRole = row.severity == "critical" || row.severity == "high" ? .urgent : .text
        return [
            Span(Formatters.fit(row.id, 5, glyphs: glyphs), .muted),
            Span(Formatters.fit(row.severity, 9, glyphs: glyphs), severityRole),
            Span(Formatters.fit(row.status, 9, glyphs: glyphs), row.status == "resolved" ? .muted : .text),
            Span(Formatters.fit(row.category, 12, glyphs: glyphs), .text),
            Span(Formatters.fit(clock.text, 11, glyphs: glyphs), clock.overdue ? .overdue : .muted),
            Span(row.summary, row.status == "resolved" ? .muted : .text),
        ]
    }

    /// The clock that runs now: first response until answered, then resolution.
    static func deadline(_ row: ComplaintRow, now: Date) -> (text: String, overdue: Bool) {
        if row.status == "resolved" {
            return (row.resolvedAt.map { "took \(Formatters.span($0.timeIntervalSince(row.opened)))" } ?? "", false)
        }
        let due = row.firstResponseAt == nil ? row.firstResponseDue : row.resolutionDue
        guard let due else { return ("open \(Formatters.span(now.timeIntervalSince(row.opened)))", false) }
        return Formatters.deadline(due, now: now)
    }
}
