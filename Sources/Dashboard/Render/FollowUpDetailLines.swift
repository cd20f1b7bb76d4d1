import Foundation
import Store

/// The detail of a follow-up: who to contact, how, by when and why, with its item and complaint.
enum FollowUpDetailLines {
    static func lines(_ detail: FollowUpDetail, width: Int, now: Date, glyphs: Glyphs) -> [StyledLine] {
        let row = detail.row
        var out: [StyledLine] = [[Span("\(row.channel) \(row.customerName ?? "a customer")", .heading), Span("  \(row.status)", .text)]]
        if let contact = detail.customerContact, !contact.isEmpty { out += wrapped(contact, width: width, role: .muted) }
        let clock = Formatters.deadline(row.due, now: now)
        var due: StyledLine = [Span("due \(Formatters.day(row.due))", .muted)]
        if row.status == "todo" { due.append(Span("  \(clock.text)", clock.overdue ? .overdue : .text)) }
        out.append(due)
        if let owner = row.owner { out.append([Span("owner \(owner)", .muted)]) }
        out += urgency(row)
        out += DetailView.heading("Why") + wrapped(row.reason, width: width, indent: 2)
        if let outcome = detail.outcome, !outcome.isEmpty {
            out += DetailView.heading("Outcome") + wrapped(outcome, width: width, indent: 2)
            if let doneAt = detail.doneAt { out.append([Span("  \(Formatters.dateTime(doneAt))", .muted)]) }
        }
        if let item = detail.item {
            out += DetailView.heading("Item \(item.id)")
            out.append([Span("  \(Formatters.stars(item.rating, glyphs: glyphs)) \(item.author) · \(item.source)", .muted)])
            out += wrapped(item.text, width: width, indent: 2)
        }
        if let complaint = detail.complaint {
            out += DetailView.heading("Complaint \(complaint.id)")
            out += wrapped("\(complaint.severity) \(complaint.category) · \(complaint.status): \(complaint.summary)", width: width, indent: 2)
        }
        out += DetailView.history(detail.history, width: width)
        return out
    }

    /// The urgency score and what each term added to it (the config's `urgency.*` weights).
    static func urgency(_ row: FollowUpRow) -> [StyledLine] {
        guard row.status == "todo", !row.urgencyBreakdown.terms.isEmpty else { return [] }
        var out = DetailView.heading("Urgency \(String(format: "%.2f", row.urgency))")
        for term in row.urgencyBreakdown.terms where term.value != 0 {
            out.append([Span("  " + term.name.padding(toLength: 10, withPad: " ", startingAt: 0), .muted),
                        Span(String(format: "%+.2f", term.value), term.name == "overdue" ? .overdue : .text)])
        }
        return out
    }
}
