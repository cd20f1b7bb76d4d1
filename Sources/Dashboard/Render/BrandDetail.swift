import Foundation
import Store

/// The detail of a brand: its figures against the period before, charts of its weekly sentiment
/// and rating, its aspects beside every other brand's, and its notable recent items.
enum BrandDetail {
    static func lines(_ profile: BrandProfile, state: AppState, width: Int, glyphs: Glyphs) -> [StyledLine] {
        let brand = profile.brand
        let now = brand.current
        let changes = brand.changes
        typealias T = BrandTrendMark.Threshold
        var out: [StyledLine] = [[Span(brand.name, .heading), Span(brand.isOwn ? "  your brand" : "  competitor", .muted)]]
        out += wrapped(period(profile.report), width: width, role: .muted, indent: 2)
        out.append([])
        out.append([Span("  \(now.volume) items", .text)]
            + BrandTrendMark.labelled(changes?.volume, as: .relative, threshold: T.volume, glyphs: glyphs)
            + [Span("   " + glyphs.starFull + StatsText.rating(now.averageRating), .rating)]
            + BrandTrendMark.labelled(changes?.averageRating, as: .stars, threshold: T.rating, glyphs: glyphs)
            + [Span("   net ", .muted), Span(StatsText.signed(now.netSentiment), BrandLine.netRole(now.netSentiment))]
            + BrandTrendMark.labelled(changes?.netSentiment, as: .score, threshold: T.net, glyphs: glyphs))
        out.append([Span("  ", .text)] + BrandLine.mixBar(now, width: min(30, max(10, width - 40)), glyphs: glyphs)
            + [Span("  \(now.positive) pos", .sentimentPositive), Span(" \(glyphs.separator) ", .muted),
               Span("\(now.neutral) neu", .sentimentNeutral), Span(" \(glyphs.separator) ", .muted),
               Span("\(now.negative) neg", .sentimentNegative)])
        out += service(now, changes: changes, glyphs: glyphs)
        let chartWidth = max(10, width - 2)
        out += DetailView.heading("Weekly sentiment (mean score)")
        out += BrandChart.sentiment(brand.weekly.map(\.meanScore), width: chartWidth, rows: 4, glyphs: glyphs).map { [Span(" ")] + $0 }
        out += DetailView.heading("Weekly rating")
        out += BrandChart.rating(brand.weekly.map(\.averageRating), width: chartWidth, rows: 3, glyphs: glyphs).map { [Span(" ")] + $0 }
        out += DetailView.heading("Aspects: praised + and complained about \(glyphs.minus)")
        out += BrandAspectTable.lines(profile.all, width: width, glyphs: glyphs)
        out += notable(profile.notable, width: width, now: state.now, glyphs: glyphs)
        out += [[]] + wrapped(keys(state, glyphs: glyphs), width: width, role: .muted, indent: 2)
        return out
    }

    /// "last 90 days: 2026-08-25 to 2026-11-22, against 2026-05-27 to 2026-08-24".
    static func period(_ report: BrandStatsReport) -> String {
        let span = "\(report.period.phrase): \(StoreTime.day(report.from)) to \(StoreTime.day(report.to))"
        guard let from = report.previousFrom, let to = report.previousTo else { return span }
        return span + ", against \(StoreTime.day(from)) to \(StoreTime.day(to))"
    }

    /// Complaints, follow-ups and reply time, one to a line.
    static func service(_ now: BrandFigures, changes: BrandChanges?, glyphs: Glyphs) -> [StyledLine] {
        typealias T = BrandTrendMark.Threshold
        var out: [StyledLine] = [[Span("  complaints ", .muted), Span("\(StatsText.percent(now.complaintShare)) of items (\(now.complaints))", .text)]
            + BrandTrendMark.labelled(changes?.complaintShare, as: .points, threshold: T.share, higherIsBetter: false, glyphs: glyphs)]
        out.append([Span("  follow-ups ", .muted),
                    Span(now.followUpsDue == 0 ? "none due" : "\(StatsText.percent(now.followUpCompletion)) done (\(now.followUpsDone) of \(now.followUpsDue) due)", .text)]
            + BrandTrendMark.labelled(changes?.followUpCompletion, as: .points, threshold: T.completion, glyphs: glyphs))
        out.append([Span("  first reply ", .muted),
                    Span(now.responded == 0 ? "no complaint answered" : "\(StatsText.duration(now.medianFirstResponse)) median (\(now.responded) answered)", .text)]
            + BrandTrendMark.labelled(changes?.medianFirstResponse, as: .duration, threshold: T.reply, higherIsBetter: false, glyphs: glyphs))
        return out
    }

    static func notable(_ items: NotableItems?, width: Int, now: Date, glyphs: Glyphs) -> [StyledLine] {
        guard let items else { return DetailView.heading("Notable recent items") + [[Span("  Loading\(glyphs.ellipsis)", .muted)]] }
        var out: [StyledLine] = []
        for (title, rows) in [("Most negative", items.mostNegative), ("Most positive", items.mostPositive), ("Urgent", items.urgent)] {
            out += DetailView.heading(title)
            if rows.isEmpty { out.append([Span("  none in this period", .muted)]); continue }
            out += rows.map { [Span(" " + $0.id.padding(toLength: 6, withPad: " ", startingAt: 0), .muted)]
                + ReviewLine.spans($0, width: width - 7, now: now, glyphs: glyphs) }
        }
        return out
    }

    /// The keys that act on a brand, from the user's bindings.
    static func keys(_ state: AppState, glyphs: Glyphs) -> String {
        let scopes: [KeyScope] = [.detail, .brands]
        let key = { (command: Command) in state.keymap.keys(for: command, in: scopes).first?.hint }
        return [key(.filterBrand).map { "\($0): show only this brand in the other panes" },
                key(.brandPeriod).map { "\($0): period" }].compactMap { $0 }.joined(separator: " \(glyphs.separator) ")
    }
}
