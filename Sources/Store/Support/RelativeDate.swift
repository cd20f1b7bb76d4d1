import Foundation

/// Dates as people type them: `2026-11-25`, an ISO time, `today`, `tomorrow`, `yesterday`,
/// `now`, a weekday (`fri`, `friday`), or an offset (`+3d`, `2w`, `-1m`, `12h`). Days are UTC
/// days, as everywhere in the store.
///
/// An offset without a sign goes in the given direction: `--due 3d` is in three days,
/// `since:3d` three days ago. A weekday is the next one after today going forward, and the
/// latest one on or before today going back.
public enum RelativeDate {
    public enum Direction: Sendable, Hashable {
        case future, past
    }

    /// A resolved date: seconds since 1970 (UTC), and whether it names a whole day.
    public struct Resolved: Sendable, Hashable {
        public var seconds: Double
        public var isDateOnly: Bool

        public var date: Date { Date(timeIntervalSince1970: seconds) }
    }

    public static func parse(_ text: String, now: Date, direction: Direction) -> Resolved? {
        parse(text, now: now.timeIntervalSince1970, direction: direction)
    }

    static func parse(_ text: String, now: Double, direction: Direction) -> Resolved? {
        let written = text.trimmingSpaces.lowercased()
        if let iso = ISOTime.parse(written) { return Resolved(seconds: iso.seconds, isDateOnly: iso.isDateOnly) }
        let today = ISOTime.startOfDay(now)
        switch written {
        case "now": return Resolved(seconds: now, isDateOnly: false)
        case "today": return day(today)
        case "tomorrow": return day(today + 86_400)
        case "yesterday": return day(today - 86_400)
        default: break
        }
        if let weekday = weekdays[written] { return day(nearest(weekday, today: today, direction: direction)) }
        return offset(written, now: now, today: today, direction: direction)
    }

    private static let weekdays: [String: Int] = {
        let names = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
        var map: [String: Int] = [:]
        for (number, name) in names.enumerated() {
            map[name] = number
            map[String(name.prefix(3))] = number
        }
        map["tues"] = 2
        map["thur"] = 4
        map["thurs"] = 4
        return map
    }()

    private static func day(_ seconds: Double) -> Resolved {
        Resolved(seconds: seconds, isDateOnly: true)
    }

    /// 1970-01-01 was a Thursday (weekday 4).
    private static func weekday(ofDayStarting seconds: Double) -> Int {
        let days = Int((seconds / 86_400).rounded(.down))
        return ((days + 4) % 7 + 7) % 7
    }

    private static func nearest(_ target: Int, today: Double, direction: Direction) -> Double {
        let current = weekday(ofDayStarting: today)
        switch direction {
        case .future:
            let ahead = (target - current + 7) % 7
            return today + Double(ahead == 0 ? 7 : ahead) * 86_400
        case .past:
            return today - Double((current - target + 7) % 7) * 86_400
        }
    }

    /// `+3d`, `2w`, `-1m`, `12h`.
    private static func offset(_ text: String, now: Double, today: Double, direction: Direction) -> Resolved? {
        var body = Substring(text)
        var sign: Double = direction == .future ? 1 : -1
        if body.hasPrefix("+") {
            sign = 1
            body = body.dropFirst()
        } else if body.hasPrefix("-") {
            sign = -1
            body = body.dropFirst()
        }
        guard let unit = body.last, body.count >= 2, body.count <= 6,
              let amount = Int(body.dropLast()), amount >= 0 else { return nil }
        switch unit {
        case "h": return Resolved(seconds: now + sign * Double(amount) * 3600, isDateOnly: false)
        case "d": return day(today + sign * Double(amount) * 86_400)
        case "w": return day(today + sign * Double(amount) * 7 * 86_400)
        case "m": return day(addingMonths(Int(sign) * amount, to: today))
        case "y": return day(addingMonths(Int(sign) * amount * 12, to: today))
        default: return nil
        }
    }

    /// The same day of the month `months` later, or that month's last day.
    private static func addingMonths(_ months: Int, to today: Double) -> Double {
        let (year, month, day) = ISOTime.civil(fromDays: Int((today / 86_400).rounded(.down)))
        let index = year * 12 + (month - 1) + months
        let (newYear, newMonth) = (index >= 0 ? index / 12 : (index - 11) / 12, ((index % 12) + 12) % 12 + 1)
        var newDay = day
        while newDay > 28, ISOTime.parse(String(format: "%04d-%02d-%02d", newYear, newMonth, newDay)) == nil {
            newDay -= 1
        }
        return Double(ISOTime.daysFromCivil(year: newYear, month: newMonth, day: newDay)) * 86_400
    }
}
