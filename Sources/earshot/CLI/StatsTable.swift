import Store

/// `earshot stats` as a table for people: aligned text, or Markdown to paste into a mail.
enum StatsTable {
    static let headings = ["brand", "items", "rating", "positive", "neutral", "negative", "net", "complaints",
                           "follow-ups done", "first reply", "most praised", "most complained about"]

    /// One row per brand: each figure, with its change against the period before in brackets.
    static func rows(_ report: BrandStatsReport) -> [[String]] {
        report.brands.map { brand in
            let now = brand.current
            let change = brand.changes
            let bracket = { (text: String) in text.isEmpty ? "" : " (\(text))" }
            return [
                CommandOutput.safe(brand.name) + (brand.isOwn ? " (own)" : ""),
                "\(now.volume)" + bracket(StatsText.change(change?.volume, as: .relative)),
                StatsText.rating(now.averageRating) + bracket(StatsText.change(change?.averageRating, as: .stars)),
                "\(now.positive)", "\(now.neutral)", "\(now.negative)",
                StatsText.signed(now.netSentiment) + bracket(StatsText.change(change?.netSentiment, as: .score)),
                StatsText.percent(now.complaintShare) + bracket(StatsText.change(change?.complaintShare, as: .points)),
                now.followUpsDue == 0 ? "-" : StatsText.percent(now.followUpCompletion) + " of \(now.followUpsDue)",
                StatsText.duration(now.medianFirstResponse),
                aspects(now.topPraised), aspects(now.topComplained),
            ]
        }
    }

    static func aspects(_ counts: [AspectCount]) -> String {
        counts.isEmpty ? "-" : counts.map { "\($0.aspect.rawValue) \($0.count)" }.joined(separator: ", ")
    }

    static func title(_ report: BrandStatsReport) -> String {
        let previous = report.previousFrom.map { " (changes against \(StoreTime.day($0)) to \(StoreTime.day(report.previousTo ?? $0)))" } ?? ""
        return "\(report.period.phrase): \(StoreTime.day(report.from)) to \(StoreTime.day(report.to))\(previous)"
    }

    static func text(_ report: BrandStatsReport) -> String {
        title(report) + "\n" + TableText.aligned([headings] + rows(report))
    }

    /// A GitHub-style Markdown table; `|` in names is escaped.
    static func markdown(_ report: BrandStatsReport) -> String {
        let escape = { (cell: String) in cell.replacingOccurrences(of: "|", with: "\\|") }
        var out = "**\(title(report))**\n\n"
        out += "| " + headings.joined(separator: " | ") + " |\n"
        out += "|" + headings.enumerated().map { index, _ in (1...9).contains(index) ? " ---: |" : " --- |" }.joined() + "\n"
        for row in rows(report) { out += "| " + row.map(escape).joined(separator: " | ") + " |\n" }
        return out
    }
}
