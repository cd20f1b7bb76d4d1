/// ISO 8601 text for seconds since 1970 (UTC), without Foundation's formatters (a million
/// dates would take longer to format than to generate everything else).
enum GeneratorTime {
    static let day = 86_400.0

    /// `2026-03-14T09:12:00Z`
    static func iso(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.down))
        let days = whole >= 0 ? whole / 86_400 : (whole - 86_399) / 86_400
        let rest = whole - days * 86_400
        return date(days: days) + "T" + two(rest / 3600) + ":" + two(rest % 3600 / 60) + ":" + two(rest % 60) + "Z"
    }

    /// `2026-11-25`
    static func isoDate(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.down))
        return date(days: whole >= 0 ? whole / 86_400 : (whole - 86_399) / 86_400)
    }

    /// The civil date of a day count since 1970 (Howard Hinnant's `civil_from_days`).
    private static func date(days: Int) -> String {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let dayOfMonth = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return String(year) + "-" + two(month) + "-" + two(dayOfMonth)
    }

    private static func two(_ value: Int) -> String {
        value < 10 ? "0" + String(value) : String(value)
    }
}
