import Foundation

/// One measured figure: its samples, how they were taken, and the budget it is held to.
struct Figure {
    enum Better { case lower, higher }

    var name: String
    var unit: String
    var samples: [Double]
    /// How the samples were taken, printed beside the figure.
    var method: String
    /// The budget (BRIEF §9) and which way is better; nil when there is none.
    var budget: Double?
    var better: Better = .lower
    /// Which statistic the budget applies to (0.5 median, 0.95 p95, 0.99 p99).
    var budgetOn: Double = 0.5

    var median: Double { Timing.percentile(samples, 0.5) }
    var p95: Double { Timing.percentile(samples, 0.95) }
    var p99: Double { Timing.percentile(samples, 0.99) }

    /// True, false, or nil without a budget.
    var meetsBudget: Bool? {
        guard let budget else { return nil }
        let value = Timing.percentile(samples, budgetOn)
        return better == .lower ? value <= budget : value >= budget
    }

    /// "import throughput: median 61,200 items/s, p99 58,900 (3 runs) — budget ≥ 50,000 (median) ✓"
    /// and the method on the next line.
    var report: String {
        let statistic = budgetOn == 0.5 ? "median" : "p\(Int(budgetOn * 100))"
        var line = "\(name): median \(Self.format(median)) \(unit), p95 \(Self.format(p95)), p99 \(Self.format(p99)) "
            + "(\(samples.count) samples)"
        if let budget, let meets = meetsBudget {
            line += " · budget \(better == .lower ? "≤" : "≥") \(Self.format(budget)) (\(statistic)) "
                + (meets ? "met" : "MISSED")
        }
        return line + "\n    how: " + method
    }

    /// Thousands separated, one decimal below 10, none above.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        if abs(value) < 10 { return String(format: "%.2f", value) }
        if abs(value) < 100 { return String(format: "%.1f", value) }
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.maximumFractionDigits = 0
        return formatter.string(from: NSNumber(value: value.rounded())) ?? String(Int(value))
    }
}
