import Foundation
import Store
import Triage

/// The detail of a complaint: clocks, who and what, the linked items, resolution, history.
enum ComplaintDetailLines {
    static func lines(_ detail: ComplaintDetail, width: Int, now: Date, glyphs: Glyphs,
                      hours: BusinessHours = TriageSettings().hours) -> [StyledLine] {
        let row = detail.row
        var out: [StyledLine] = [[Span("\(row.severity) \(row.category) complaint", .heading), Span("  \(row.status)", .text)]]
        out += wrapped(row.summary, width: width)
        out += wrapped("\(row.customerName ?? "unknown customer") · \(row.brandName)" + (row.owner.map { " · owner \($0)" } ?? ""), width: width, role: .muted)
        out += DetailView.heading("Clocks")
        out.append([Span("  opened          \(Formatters.dateTime(row.opened))", .muted)])
        out.append(clock("first response", due: row.firstResponseDue, done: row.firstResponseAt, now: now, hours: hours))
        out.append(clock("resolution    ", due: row.resolutionDue, done: row.resolvedAt, now: now, hours: hours))
        if let resolution = detail.resolution, !resolution.isEmpty {
            out += DetailView.heading("Resolution") + wrapped(resolution, width: width, indent: 2)
        }
        if !detail.items.isEmpty {
            out += DetailView.heading("Linked items")
            for item in detail.items {
                out += wrapped("\(item.id) \(Formatters.stars(item.rating, glyphs: glyphs)) \(item.author): \(Formatters.firstLine(item.text))", width: width, indent: 2)
            }
        }
        if !detail.followUpIDs.isEmpty {
            out += DetailView.heading("Follow-ups") + wrapped(detail.followUpIDs.joined(separator: ", "), width: width, indent: 2)
        }
        out += DetailView.history(detail.history, width: width)
        return out
    }

    /// One clock: when it was met (and whether in time), or the business time left or overdue.
    static func clock(_ name: String, due: Date?, done: Date?, now: Date, hours: BusinessHours) -> StyledLine {
        guard let due else { return [Span("  \(name)  no deadline", .muted)] }
        if let done {
            let late = done > due
            return [Span("  \(name)  done \(Formatters.dateTime(done))", .muted),
                    Span(late ? "  (\(Formatters.span(done.timeIntervalSince(due))) late)" : "  (in time)", late ? .overdue : .muted)]
        }
        let remaining = hours.seconds(from: now, to: due)
        let text = ComplaintClock.span(abs(remaining), dayLength: hours.dayLength) + (remaining < 0 ? " over" : " left")
        return [Span("  \(name)  due \(Formatters.dateTime(due))  ", .muted),
                Span(text + " (business hours)", remaining < 0 ? .overdue : .text)]
    }
}
