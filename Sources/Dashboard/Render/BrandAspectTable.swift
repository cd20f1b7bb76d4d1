import Sentiment
import Store

/// Own brand against each competitor, aspect by aspect: how many items praised (+) and
/// complained about (−) each, side by side.
enum BrandAspectTable {
    static let labelWidth = 14

    static func lines(_ brands: [BrandStats], width: Int, glyphs: Glyphs) -> [StyledLine] {
        let used = Aspect.allCases.filter { aspect in
            brands.contains { let t = $0.current.tally(aspect); return t.praised + t.complained > 0 }
        }
        guard !used.isEmpty, !brands.isEmpty else { return [[Span("  Nobody mentioned an aspect in this period.", .muted)]] }
        let cell = max(8, min(14, (width - labelWidth) / brands.count))
        let shown = Array(brands.prefix(max(1, (width - labelWidth) / cell)))
        var out: StyledLine = [Span(String(repeating: " ", count: labelWidth), .muted)]
        for brand in shown {
            out.append(Span(Formatters.fit(brand.name, cell - 1, glyphs: glyphs) + " ", brand.isOwn ? .heading : .muted))
        }
        var lines = [out]
        for aspect in used {
            var line: StyledLine = [Span(Formatters.fit("  " + aspect.rawValue, labelWidth, glyphs: glyphs), .text)]
            for brand in shown { line += cellSpans(brand.current.tally(aspect), width: cell, glyphs: glyphs) }
            lines.append(line)
        }
        return lines
    }

    /// "+12 −3" in `width` columns, the parts in their colours; a dot when nobody mentioned it.
    static func cellSpans(_ tally: AspectTally, width: Int, glyphs: Glyphs) -> StyledLine {
        guard tally.praised + tally.complained > 0 else {
            return [Span(Formatters.fit(" " + glyphs.separator, width, glyphs: glyphs), .muted)]
        }
        let praised = "+\(tally.praised)"
        let complained = glyphs.minus + "\(tally.complained)"
        let rest = max(0, width - Formatters.width(praised) - Formatters.width(complained) - 1)
        return [Span(praised, tally.praised > 0 ? .sentimentPositive : .muted), Span(" ", .text),
                Span(complained, tally.complained > 0 ? .sentimentNegative : .muted),
                Span(String(repeating: " ", count: rest), .text)]
    }
}
