import Store

/// The ▲ ▼ after a figure: which way it moved against the period before, green when that is good
/// news and red when it is not (more complaints or slower replies are bad news going up).
enum BrandTrendMark {
    /// A one-cell arrow, or a space when the figure did not move (or cannot be compared).
    static func arrow(_ change: Double?, threshold: Double, higherIsBetter: Bool = true, glyphs: Glyphs) -> Span {
        switch StatsText.trend(change, threshold: threshold, higherIsBetter: higherIsBetter) {
        case .up(let good)?: return Span(glyphs.up, good ? .sentimentPositive : .sentimentNegative)
        case .down(let good)?: return Span(glyphs.down, good ? .sentimentPositive : .sentimentNegative)
        case .flat?, nil: return Span(" ", .muted)
        }
    }

    /// An arrow and the change's size ("▲20%"), or nothing when it did not move.
    static func labelled(_ change: Double?, as kind: StatsText.ChangeKind, threshold: Double,
                         higherIsBetter: Bool = true, glyphs: Glyphs) -> [Span] {
        let mark = arrow(change, threshold: threshold, higherIsBetter: higherIsBetter, glyphs: glyphs)
        guard mark.text != " ", let change else { return [] }
        let size = StatsText.change(abs(change), as: kind).dropFirst()
        return [Span(" " + mark.text + size, mark.role)]
    }

    /// What counts as a move for each figure.
    enum Threshold {
        static let volume = 0.10
        static let rating = 0.1
        static let net = 0.05
        static let share = 0.02
        static let completion = 0.05
        static let reply = 1_800.0
    }
}
