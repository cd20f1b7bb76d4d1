import Store

/// A row of the Brands pane: name, volume, rating, sentiment mix and trend.
enum BrandLine {
    static func spans(_ brand: BrandSummary, filtered: Bool, width: Int, glyphs: Glyphs) -> StyledLine {
        let rating = brand.averageRating.map { glyphs.starFull + String(format: "%.1f", $0) } ?? "  -  "
        let net = brand.volume > 0 ? Double(brand.positive - brand.negative) / Double(brand.volume) : 0
        var line: StyledLine = [
            Span(filtered ? glyphs.pointer + " " : (brand.isOwn ? glyphs.mark + " " : "  "), brand.isOwn ? .heading : .muted),
        ]
        let fixed = 2 + 1 + 5 + 1 + 5 + 1 + 10 + 1 + 5
        let sparkWidth = width - fixed - 13 >= 16 ? 12 : 0
        let nameWidth = max(6, width - fixed - (sparkWidth > 0 ? sparkWidth + 1 : 0))
        line.append(Span(Formatters.fit(brand.name, nameWidth, glyphs: glyphs), brand.isOwn ? .heading : .text))
        line.append(Span(" " + pad(String(brand.volume), 5), .text))
        line.append(Span(" " + Formatters.fit(rating, 5, glyphs: glyphs), .rating))
        line.append(Span(" ", .text))
        line.append(contentsOf: mixBar(brand, width: 10, glyphs: glyphs))
        line.append(Span(" " + Formatters.score(net), net > 0.05 ? .sentimentPositive : (net < -0.05 ? .sentimentNegative : .sentimentNeutral)))
        if sparkWidth > 0 {
            line.append(Span(" " + Formatters.sparkline(brand.weeklyVolume.suffix(sparkWidth).map(Double.init), glyphs: glyphs), .muted))
        }
        return line
    }

    /// The positive / neutral / negative shares as a bar of `width` cells.
    static func mixBar(_ brand: BrandSummary, width: Int, glyphs: Glyphs) -> StyledLine {
        let total = brand.positive + brand.neutral + brand.negative
        guard total > 0 else { return [Span(String(repeating: " ", count: width), .muted)] }
        let pos = Int((Double(brand.positive) / Double(total) * Double(width)).rounded())
        let neg = min(width - pos, Int((Double(brand.negative) / Double(total) * Double(width)).rounded()))
        let neu = width - pos - neg
        return [
            Span(String(repeating: glyphs.bar, count: pos), .sentimentPositive),
            Span(String(repeating: glyphs.bar, count: neu), .sentimentNeutral),
            Span(String(repeating: glyphs.bar, count: neg), .sentimentNegative),
        ]
    }

    static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
