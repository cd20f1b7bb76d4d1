import Store

/// The rows of a brand in the Brands pane: the glance (name, volume, rating, mix bar, net
/// sentiment, trend, each with its ▲ ▼) and, when there is room, the why (complaints,
/// follow-ups, reply time, what is praised and what is complained about).
enum BrandLine {
    /// Columns of the glance besides the name and the sparkline.
    static let fixedWidth = 32
    static let sparkWeeks = 12

    static func glance(_ brand: BrandStats, filtered: Bool, width: Int, glyphs: Glyphs) -> StyledLine {
        let now = brand.current
        let changes = brand.changes
        let (nameWidth, sparkWidth) = columns(width)
        let lead = filtered ? glyphs.pointer + " " : (brand.isOwn ? glyphs.mark + " " : "  ")
        var line: StyledLine = [
            Span(lead + Formatters.fit(brand.name, nameWidth, glyphs: glyphs), brand.isOwn ? .heading : .text),
            Span(" " + pad(count(now.volume), 4), .text),
            BrandTrendMark.arrow(changes?.volume, threshold: BrandTrendMark.Threshold.volume, glyphs: glyphs),
            Span(" " + (now.averageRating.map { glyphs.starFull + StatsText.rating($0) } ?? "   -"), .rating),
            BrandTrendMark.arrow(changes?.averageRating, threshold: BrandTrendMark.Threshold.rating, glyphs: glyphs),
            Span(" ", .text),
        ]
        line += mixBar(now, width: 10, glyphs: glyphs)
        line.append(Span(" " + pad(StatsText.signed(now.netSentiment), 5), netRole(now.netSentiment)))
        line.append(BrandTrendMark.arrow(changes?.netSentiment, threshold: BrandTrendMark.Threshold.net, glyphs: glyphs))
        if sparkWidth > 0 {
            let weeks = brand.weekly.suffix(sparkWidth).map { Double($0.volume) }
            line.append(Span(" " + Formatters.sparkline(weeks, glyphs: glyphs), .muted))
        }
        return line
    }

    /// The name's and the sparkline's widths in a row of `width` columns (no sparkline when the
    /// name would get fewer than 12).
    static func columns(_ width: Int) -> (name: Int, spark: Int) {
        let spark = width - fixedWidth - (sparkWeeks + 1) >= 12 ? sparkWeeks : 0
        return (max(6, width - fixedWidth - (spark > 0 ? spark + 1 : 0)), spark)
    }

    /// The column headings above the glance rows.
    static func headings(width: Int, glyphs: Glyphs) -> StyledLine {
        let (nameWidth, sparkWidth) = columns(width)
        let text = Formatters.fit("  brand", 2 + nameWidth, glyphs: glyphs) + " items stars sentiment     net"
            + (sparkWidth > 0 ? " weekly items" : "")
        return [Span(text, .muted)]
    }

    /// The second row: complaints, follow-ups, reply time and the top aspects, as far as they fit.
    static func why(_ brand: BrandStats, width: Int, glyphs: Glyphs) -> StyledLine {
        let now = brand.current
        let changes = brand.changes
        let gap = Span(" \(glyphs.separator) ", .muted)
        var parts: [StyledLine] = []
        if now.volume > 0 {
            parts.append([Span("complaints ", .muted), Span(StatsText.percent(now.complaintShare), .text),
                          BrandTrendMark.arrow(changes?.complaintShare, threshold: BrandTrendMark.Threshold.share,
                                               higherIsBetter: false, glyphs: glyphs)])
        }
        // What is complained about and praised says why, so it comes before the service figures.
        if !now.topComplained.isEmpty { parts.append(aspects(glyphs.minus, now.topComplained, role: .sentimentNegative)) }
        if !now.topPraised.isEmpty { parts.append(aspects("+", now.topPraised, role: .sentimentPositive)) }
        if now.followUpsDue > 0 {
            parts.append([Span("follow-ups ", .muted), Span(StatsText.percent(now.followUpCompletion), .text),
                          BrandTrendMark.arrow(changes?.followUpCompletion, threshold: BrandTrendMark.Threshold.completion,
                                               glyphs: glyphs)])
        }
        if let reply = now.medianFirstResponse {
            parts.append([Span("reply ", .muted), Span(StatsText.duration(reply), .text),
                          BrandTrendMark.arrow(changes?.medianFirstResponse, threshold: BrandTrendMark.Threshold.reply,
                                               higherIsBetter: false, glyphs: glyphs)])
        }
        if parts.isEmpty { return [Span("    nothing in this period", .muted)] }
        // A figure that did not move gets no blank where its arrow would be.
        parts = parts.map { part in part.filter { $0.text != " " } }
        var line: StyledLine = [Span("    ", .text)]
        var used = 4
        for (index, part) in parts.enumerated() {
            let partWidth = part.reduce(0) { $0 + Formatters.width($1.text) } + (index > 0 ? 3 : 0)
            guard used + partWidth <= width else { continue }
            if index > 0 { line.append(gap) }
            line += part
            used += partWidth
        }
        return line
    }

    static func aspects(_ sign: String, _ counts: [AspectCount], role: ThemeRole) -> StyledLine {
        [Span(sign + " ", role), Span(counts.prefix(2).map { "\($0.aspect.rawValue) \($0.count)" }.joined(separator: " "), role)]
    }

    /// The positive / neutral / negative shares as a bar of `width` cells, each part its own
    /// shape and colour.
    static func mixBar(_ figures: BrandFigures, width: Int, glyphs: Glyphs) -> StyledLine {
        let total = figures.positive + figures.neutral + figures.negative
        guard total > 0 else { return [Span(String(repeating: " ", count: width), .muted)] }
        let pos = Int((Double(figures.positive) / Double(total) * Double(width)).rounded())
        let neg = min(width - pos, Int((Double(figures.negative) / Double(total) * Double(width)).rounded()))
        let parts = glyphs.mixParts
        return [
            Span(String(repeating: parts[0], count: pos), .sentimentPositive),
            Span(String(repeating: parts[1], count: width - pos - neg), .sentimentNeutral),
            Span(String(repeating: parts[2], count: neg), .sentimentNegative),
        ]
    }

    static func netRole(_ net: Double?) -> ThemeRole {
        guard let net else { return .muted }
        return net > 0.05 ? .sentimentPositive : (net < -0.05 ? .sentimentNegative : .sentimentNeutral)
    }

    /// "987", "12k", "1.2M": at most four columns.
    static func count(_ value: Int) -> String {
        switch value {
        case ..<10_000: return String(value)
        case ..<1_000_000: return "\(value / 1_000)k"
        default: return String(format: "%.1fM", Double(value) / 1_000_000)
        }
    }

    static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - Formatters.width(text))) + text
    }
}
