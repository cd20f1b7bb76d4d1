/// The span of time the Brands pane and `earshot stats` count over, ending today (UTC days).
public enum StatsPeriod: String, CaseIterable, Sendable, Hashable {
    case week = "7d"
    case month = "30d"
    case quarter = "90d"
    case year = "12m"
    case all

    /// Days in the period, today included; nil for all time.
    public var days: Int? {
        switch self {
        case .week: return 7
        case .month: return 30
        case .quarter: return 90
        case .year: return 365
        case .all: return nil
        }
    }

    /// How people read it: "last 30 days", "all time".
    public var phrase: String {
        switch self {
        case .week: return "last 7 days"
        case .month: return "last 30 days"
        case .quarter: return "last 90 days"
        case .year: return "last 12 months"
        case .all: return "all time"
        }
    }

    /// The next period in `allCases`, wrapping around; `by` may be negative.
    public func advanced(by step: Int) -> StatsPeriod {
        let all = Self.allCases
        let index = all.firstIndex(of: self) ?? 0
        return all[((index + step) % all.count + all.count) % all.count]
    }

    /// The period a command-line word names: `7d`, `30d`, `90d`, `12m`, `all` (also `1y`, `365d`).
    public init?(argument: String) {
        switch argument.lowercased() {
        case "7d", "1w", "week": self = .week
        case "30d", "1m", "month": self = .month
        case "90d", "3m", "quarter": self = .quarter
        case "12m", "1y", "365d", "year": self = .year
        case "all": self = .all
        default: return nil
        }
    }
}
