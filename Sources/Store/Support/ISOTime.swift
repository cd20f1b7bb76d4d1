/// Parses and formats the ISO 8601 forms import accepts, without a formatter object (fast and
/// thread-safe): `2026-03-14`, `2026-03-14T09:12`, `2026-03-14T09:12:00Z`, fractions of a
/// second, `+01:00` / `+0100` offsets, and a space instead of `T`. No zone means UTC.
enum ISOTime {
    /// A parsed time: seconds since 1970 (UTC) and whether only a date was given.
    struct Parsed: Sendable, Hashable {
        var seconds: Double
        var isDateOnly: Bool
    }

    static func parse(_ text: String) -> Parsed? {
        var trimmed = text.trimmingSpaces
        return trimmed.withUTF8 { parse(DigitScanner($0)) }
    }

    private static func parse(_ scanner: DigitScanner) -> Parsed? {
        var scanner = scanner
        guard let year = scanner.number(digits: 4), scanner.skip("-"),
              let month = scanner.number(digits: 2), scanner.skip("-"),
              let day = scanner.number(digits: 2),
              (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) else { return nil }
        let midnight = Double(daysFromCivil(year: year, month: month, day: day)) * 86_400
        if scanner.isAtEnd { return Parsed(seconds: midnight, isDateOnly: true) }
        guard scanner.skip("T") || scanner.skip("t") || scanner.skip(" "),
              let hour = scanner.number(digits: 2), scanner.skip(":"),
              let minute = scanner.number(digits: 2), hour < 24, minute < 60 else { return nil }
        var seconds = Double(hour * 3600 + minute * 60)
        if scanner.skip(":") {
            guard let second = scanner.number(digits: 2), second < 61 else { return nil }
            seconds += Double(second)
            if scanner.skip(".") || scanner.skip(",") {
                guard let fraction = scanner.fraction() else { return nil }
                seconds += fraction
            }
        }
        guard let offset = scanner.zoneOffset(), scanner.isAtEnd else { return nil }
        return Parsed(seconds: midnight + seconds - offset, isDateOnly: false)
    }

    /// `2026-03-14T09:12:00Z` (whole seconds; fractions are kept as `.123`).
    static func format(_ seconds: Double) -> String {
        let whole = seconds.rounded(.down)
        let days = Int((whole / 86_400).rounded(.down))
        let secondOfDay = Int(whole) - days * 86_400
        let (year, month, day) = civil(fromDays: days)
        var text = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T"
        text += "\(pad(secondOfDay / 3600, 2)):\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2))"
        let millis = Int(((seconds - whole) * 1000).rounded())
        if millis > 0, millis < 1000 { text += "." + pad(millis, 3) }
        return text + "Z"
    }

    /// `2026-03-14` for the UTC day that contains `seconds`.
    static func formatDate(_ seconds: Double) -> String {
        let (year, month, day) = civil(fromDays: Int((seconds / 86_400).rounded(.down)))
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// The start of the UTC day that contains `seconds`.
    static func startOfDay(_ seconds: Double) -> Double {
        (seconds / 86_400).rounded(.down) * 86_400
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
