extension Glyphs {
    /// The three parts of a sentiment-mix bar (positive, neutral, negative): different shapes as
    /// well as colours, so the bar reads in a monochrome theme too.
    public var mixParts: [String] { border == .unicode ? ["█", "▒", "░"] : ["#", "=", "-"] }

    /// Eighths of a cell, from one eighth to full, for the columns of a chart.
    public var eighths: [String] { border == .unicode ? sparks : [".", ".", "-", "-", "=", "=", "#", "#"] }

    /// The zero line across a chart.
    public var axis: String { border == .unicode ? "┈" : "-" }

    /// Between the parts of a line of figures.
    public var separator: String { border == .unicode ? "·" : "|" }

    /// Minus, for counts of complaints ("−4").
    public var minus: String { border == .unicode ? "−" : "-" }
}

extension Glyphs {
    /// A column hanging down from a chart's zero line: an eighth, a half and a full cell.
    public var hanging: [String] { border == .unicode ? ["▔", "▀", "█"] : ["'", "=", "#"] }
}
