import Foundation
import Sentiment
import Store

/// The detail of a voice item: full text, why the sentiment, aspects, signals, notes, history.
enum ReviewDetailLines {
    static func lines(_ detail: ReviewDetail, width: Int, now: Date, glyphs: Glyphs) -> [StyledLine] {
        let row = detail.row
        var out: [StyledLine] = []
        var first: StyledLine = [Span(row.source == row.kind ? row.kind : "\(row.source) \(row.kind)", .heading)]
        if row.rating != nil { first.append(Span("  " + Formatters.stars(row.rating, glyphs: glyphs), .rating)) }
        first.append(Span("  \(Formatters.dateTime(row.posted))", .muted))
        out.append(first)
        let author = detail.customerID.map { "\(row.author) (\($0))" } ?? row.author
        out += wrapped("\(author) about \(row.brandName)", width: width)
        out += wrapped("status \(row.status) · priority \(detail.priority)" + (detail.assignee.map { " · assigned to \($0)" } ?? ""), width: width, role: .muted)
        if let title = row.title, !title.isEmpty {
            out.append([])
            out += wrapped(title, width: width, role: .heading)
        }
        out.append([])
        out += wrapped(row.text, width: width)
        if let url = detail.url, !url.isEmpty { out += wrapped(url, width: width, role: .muted) }
        out += sentiment(row, analysis: detail.analysis, width: width)
        if !detail.tags.isEmpty { out += DetailView.heading("Tags") + wrapped(detail.tags.joined(separator: ", "), width: width, indent: 2) }
        if !detail.notes.isEmpty {
            out += DetailView.heading("Notes")
            for note in detail.notes {
                out.append([Span("  \(note.author) · \(Formatters.dateTime(note.at))", .muted)])
                out += wrapped(note.text, width: width, indent: 4)
            }
        }
        let links = (detail.complaintIDs.isEmpty ? [] : ["complaints " + detail.complaintIDs.joined(separator: ", ")])
            + (detail.followUpIDs.isEmpty ? [] : ["follow-ups " + detail.followUpIDs.joined(separator: ", ")])
        if !links.isEmpty { out += DetailView.heading("Linked") + wrapped(links.joined(separator: " · "), width: width, indent: 2) }
        out += DetailView.history(detail.history, width: width)
        return out
    }

    static func sentiment(_ row: ReviewRow, analysis: SentimentAnalysis?, width: Int) -> [StyledLine] {
        var out = DetailView.heading("Sentiment")
        let role = Formatters.role(for: row.label)
        guard let analysis else {
            return out + [[Span("  \(Formatters.score(row.score)) \(name(of: row.label))", role)]]
        }
        if !analysis.scored {
            return out + wrapped("not scored: language \(analysis.language)", width: width, role: .muted, indent: 2)
        }
        out.append([Span("  \(Formatters.score(analysis.score)) ", role), Span(name(of: analysis.label), role),
                    Span("  language \(analysis.language)", .muted)])
        let drivers = analysis.drivers.prefix(6)
        if !drivers.isEmpty {
            var line: StyledLine = [Span("  why: ", .muted)]
            for (i, driver) in drivers.enumerated() {
                if i > 0 { line.append(Span(", ", .muted)) }
                line.append(Span("\"\(driver.phrase)\" \(Formatters.score(driver.contribution))",
                                 driver.contribution >= 0 ? .driverPositive : .driverNegative))
            }
            out += wrapLine(line, width: width)
        }
        if !analysis.aspects.isEmpty {
            let text = analysis.aspects.map { "\($0.aspect.rawValue) \(Formatters.score($0.score))" }.joined(separator: " · ")
            out += wrapped("aspects: " + text, width: width, indent: 2)
        }
        var signals: [String] = []
        if analysis.signals.complaint { signals.append("complaint") }
        signals += analysis.signals.urgency.map { "urgent: \($0.rawValue)" }
        signals += analysis.signals.spam.map { "spam: \($0.rawValue)" }
        if !signals.isEmpty { out += wrapped("signals: " + signals.joined(separator: " · "), width: width, role: .urgent, indent: 2) }
        return out
    }

    static func name(of label: SentimentLabel) -> String {
        switch label {
        case .positive: return "positive"
        case .neutral: return "neutral"
        case .negative: return "negative"
        }
    }

    /// Wraps a line of several spans at span boundaries (each span stays whole when it fits).
    static func wrapLine(_ line: StyledLine, width: Int) -> [StyledLine] {
        var out: [StyledLine] = []
        var current: StyledLine = []
        var used = 0
        for span in line {
            let w = Formatters.width(span.text)
            if used + w > width, !current.isEmpty {
                out.append(current)
                current = [Span("    ", .muted)]
                used = 4
            }
            current.append(span)
            used += w
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}
