/// The days one set of statistics covers: the period, the one before it, and the trend's weeks.
public struct StatsWindow: Sendable, Hashable {
    public var period: StatsPeriod
    /// First and last day of the period (UTC days since 1970), today last.
    public var current: ClosedRange<Int>
    /// The period of the same length just before; nil for all time.
    public var previous: ClosedRange<Int>?
    /// Weeks of the trend, oldest first, each seven days ending on the period's last day.
    public var weeks: Int

    /// Longest trend drawn for all time: ten years of weeks.
    static let maximumWeeks = 520
    /// Shortest trend: a quarter, so that a short period still shows where it is heading.
    static let minimumWeeks = 12

    /// The window of `period` ending on `today`; `firstDay` is the oldest day with any item
    /// (for all time).
    init(period: StatsPeriod, today: Int, firstDay: Int?) {
        self.period = period
        if let days = period.days {
            current = (today - days + 1)...today
            previous = (today - 2 * days + 1)...(today - days)
        } else {
            current = min(firstDay ?? today, today)...today
            previous = nil
        }
        let periodWeeks = (current.count + 6) / 7
        weeks = min(Self.maximumWeeks, max(Self.minimumWeeks, periodWeeks))
    }

    /// The trend week (0 = oldest) that `day` falls in, if any.
    func week(of day: Int) -> Int? {
        guard day <= current.upperBound else { return nil }
        let back = (current.upperBound - day) / 7
        return back < weeks ? weeks - 1 - back : nil
    }

    /// The first day any figure needs.
    var firstNeededDay: Int {
        min(previous?.lowerBound ?? current.lowerBound, current.upperBound - 7 * weeks + 1)
    }
}
