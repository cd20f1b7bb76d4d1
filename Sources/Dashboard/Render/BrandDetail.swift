import Sentiment
import Store

/// The detail of a brand: its figures, trend and what customers praise and complain about.
enum BrandDetail {
    static func lines(_ brand: BrandSummary, width: Int, glyphs: Glyphs) -> [StyledLine] {
        var out: [StyledLine] = [[Span(brand.name, .heading), Span(brand.isOwn ? "  your brand" : "  competitor", .muted)]]
        let rating = brand.averageRating.map { String(format: "%.2f", $0) } ?? "-"
        out.append([Span("  \(brand.volume) items · average rating \(rating)", .text)])
        out.append([Span("  \(brand.positive) positive", .sentimentPositive), Span(" · ", .muted),
                    Span("\(brand.neutral) neutral", .sentimentNeutral), Span(" · ", .muted),
                    Span("\(brand.negative) negative", .sentimentNegative)])
        out.append([Span("  ", .text)] + BrandLine.mixBar(brand, width: min(40, max(10, width - 4)), glyphs: glyphs))
        out += DetailView.heading("Last 12 weeks")
        out.append([Span("  volume     ", .muted), Span(Formatters.sparkline(brand.weeklyVolume.map(Double.init), glyphs: glyphs), .text)])
        out.append([Span("  sentiment  ", .muted), Span(Formatters.sparkline(brand.weeklySentiment, glyphs: glyphs), .text)])
        out += aspects("Most praised", brand.topPraised, role: .sentimentPositive, width: width)
        out += aspects("Most complained about", brand.topComplained, role: .sentimentNegative, width: width)
        out += [[], [Span("  f: show only this brand in the other panes", .muted)]]
        return out
    }

    static func aspects(_ title: String, _ counts: [AspectCount], role: ThemeRole, width: Int) -> [StyledLine] {
        guard !counts.isEmpty else { return [] }
        return DetailView.heading(title) + counts.map { [Span("  \($0.aspect.rawValue)", role), Span(" \($0.count)", .muted)] }
    }
}
