/// The figures as short text, the same in the Brands pane, `earshot stats` and its Markdown.
public enum StatsText {
    /// "12%" for 0.12; "-" for nil.
    public static func percent(_ share: Double?) -> String {
        guard let share else { return "-" }
        return "\(Int((share * 100).rounded()))%"
    }

    /// "4.2" stars; "-" for nil.
    public static func rating(_ value: Double?) -> String {
        guard let value else { return "-" }
        return String(format: "%.1f", value)
    }

    /// "+0.31", "-0.05", "0.00"; "-" for nil.
    public static func signed(_ value: Double?) -> String {
        guard let value else { return "-" }
        let text = String(format: "%.2f", abs(value))
        return text == "0.00" ? text : (value > 0 ? "+" : "-") + text
    }

    /// A time span, coarse: "45m", "5h", "3.5d", "2w"; "-" for nil.
    public static func duration(_ seconds: Double?) -> String {
        guard let seconds else { return "-" }
        let s = abs(seconds)
        switch s {
        case ..<3_600: return "\(Int((s / 60).rounded()))m"
        case ..<(2 * 86_400): return "\(Int((s / 3_600).rounded()))h"
        case ..<(14 * 86_400):
            let days = (s / 86_400 * 2).rounded() / 2
            return days == days.rounded() ? "\(Int(days))d" : String(format: "%.1fd", days)
        default: return "\(Int((s / (7 * 86_400)).rounded()))w"
        }
    }

    /// Which way a change goes for the reader: up, down or flat, and whether that is good.
    public enum Trend: Sendable, Equatable {
        case up(good: Bool), down(good: Bool), flat
    }

    /// The trend of a change; `threshold` is what counts as moving at all, `higherIsBetter`
    /// says which way is good news (fewer complaints, faster replies are).
    public static func trend(_ change: Double?, threshold: Double, higherIsBetter: Bool = true) -> Trend? {
        guard let change else { return nil }
        if change >= threshold { return .up(good: higherIsBetter) }
        if change <= -threshold { return .down(good: !higherIsBetter) }
        return .flat
    }

    /// A change as text with its sign: "+12%" (relative), "+0.3" (stars), "+5pt" (shares),
    /// "-2h" (durations).
    public static func change(_ value: Double?, as kind: ChangeKind) -> String {
        guard let value else { return "" }
        let sign = value > 0 ? "+" : (value < 0 ? "-" : "±")
        switch kind {
        case .relative: return sign + "\(Int((abs(value) * 100).rounded()))%"
        case .stars: return sign + String(format: "%.1f", abs(value))
        case .points: return sign + "\(Int((abs(value) * 100).rounded()))pt"
        case .score: return sign + String(format: "%.2f", abs(value))
        case .duration: return sign + duration(abs(value))
        }
    }

    /// How a change is written.
    public enum ChangeKind: Sendable {
        case relative, stars, points, score, duration
    }
}
