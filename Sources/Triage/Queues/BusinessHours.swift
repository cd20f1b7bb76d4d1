import Foundation

/// When the business is open, per weekday, in its own time zone: what complaint deadlines are
/// counted in (a 4 h first response to a complaint made on Friday evening is due on Monday).
public struct BusinessHours: Sendable, Hashable {
    /// Opening times per weekday, 1 = Sunday … 7 = Saturday (the calendar's numbering);
    /// a day not listed is closed.
    public var days: [Int: [OpeningTime]]
    public var timeZone: TimeZone

    public init(days: [Int: [OpeningTime]], timeZone: TimeZone = TimeZone(identifier: "UTC") ?? .current) {
        self.days = days
        self.timeZone = timeZone
    }

    /// A café's week: Monday to Friday 08:00-18:00, weekends 09:00-16:00, UTC like every day in the store
    /// (`set timezone NAME` moves them to the business's own clock).
    public static let cafe = BusinessHours(days: [
        1: [OpeningTime(start: 540, end: 960)], 2: [OpeningTime(start: 480, end: 1080)],
        3: [OpeningTime(start: 480, end: 1080)], 4: [OpeningTime(start: 480, end: 1080)],
        5: [OpeningTime(start: 480, end: 1080)], 6: [OpeningTime(start: 480, end: 1080)],
        7: [OpeningTime(start: 540, end: 960)],
    ])

    /// True when no day has opening times: time is then counted round the clock.
    public var isAlwaysClosed: Bool { days.values.allSatisfy(\.isEmpty) }

    /// The longest day's open time, in seconds: what a "day" of a deadline (`3d`) means.
    public var dayLength: Double {
        let longest = days.values.map { $0.reduce(0) { $0 + max(0, $1.end - $1.start) } }.max() ?? 0
        return longest > 0 ? Double(longest) * 60 : 86_400
    }

    /// The moment `seconds` of open time after `start`.
    public func adding(_ seconds: Double, to start: Date) -> Date {
        guard !isAlwaysClosed, seconds > 0 else { return start.addingTimeInterval(max(0, seconds)) }
        var remaining = seconds
        var result = start
        forEachOpening(from: start, days: Self.searchDays) { interval in
            let from = max(interval.start, start)
            guard from < interval.end else { return true }
            let open = interval.end.timeIntervalSince(from)
            if remaining <= open {
                result = from.addingTimeInterval(remaining)
                return false
            }
            remaining -= open
            return true
        }
        return result
    }

    /// The open time from `start` to `end` in seconds; negative when `end` comes first.
    public func seconds(from start: Date, to end: Date) -> Double {
        guard end >= start else { return -seconds(from: end, to: start) }
        guard !isAlwaysClosed else { return end.timeIntervalSince(start) }
        var total = 0.0
        let days = Int(end.timeIntervalSince(start) / 86_400) + 2
        forEachOpening(from: start, days: days) { interval in
            guard interval.start < end else { return false }
            let from = max(interval.start, start)
            let to = min(interval.end, end)
            if to > from { total += to.timeIntervalSince(from) }
            return true
        }
        return total
    }

    /// How far ahead `adding` looks for opening times: ten years.
    static let searchDays = 3660

    /// Calls `body` with each opening interval from the day of `start` on, in order, until it
    /// returns false or `days` days have passed.
    private func forEachOpening(from start: Date, days count: Int, _ body: (DateInterval) -> Bool) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        var day = calendar.startOfDay(for: start)
        for _ in 0..<count {
            let weekday = calendar.component(.weekday, from: day)
            for opening in (days[weekday] ?? []).sorted(by: { $0.start < $1.start }) where opening.end > opening.start {
                guard let from = calendar.date(byAdding: .minute, value: opening.start, to: day),
                      let to = calendar.date(byAdding: .minute, value: opening.end, to: day) else { continue }
                if !body(DateInterval(start: from, end: to)) { return }
            }
            guard let next = calendar.date(byAdding: .day, value: 1, to: day) else { return }
            day = next
        }
    }
}
