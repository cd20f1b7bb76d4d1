import Foundation
import Store

/// A row of the Follow-ups pane: id, urgency, channel, due date and clock, owner, who and why.
enum FollowUpLine {
    static func spans(_ row: FollowUpRow, width: Int, now: Date, glyphs: Glyphs) -> StyledLine {
        let open = row.status == "todo"
        let clock = open ? Formatters.deadline(row.due, now: now) : (row.status, false)
        let who = row.customerName.map { "\($0): " } ?? ""
        return [
            Span(Formatters.column(row.id, 6, glyphs: glyphs), .muted),
            Span(Formatters.column(open ? score(row.urgency) : "", 4, glyphs: glyphs),
                 clock.1 ? .overdue : .muted),
            Span(Formatters.column(row.channel, 6, glyphs: glyphs), open ? .text : .muted),
            Span(Formatters.column(Formatters.shortDate(row.due, now: now, timeZone: Formatters.utc), 7, glyphs: glyphs), .muted),
            Span(Formatters.column(clock.0, 10, glyphs: glyphs), clock.1 ? .overdue : .muted),
            Span(Formatters.column(row.owner ?? "-", 8, glyphs: glyphs), .muted),
            Span(who + row.reason, open ? .text : .muted),
        ]
    }

    /// The urgency in three columns, so the column keeps its gap even when the config's weights
    /// make scores of 10 and more.
    static func score(_ urgency: Double) -> String {
        if urgency < 9.95 { return String(format: "%.1f", urgency) }
        if urgency < 99.5 { return String(format: "%.0f", urgency) }
        return "99+"
    }
}
