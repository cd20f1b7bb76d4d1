extension TriageSettings {
    /// `hours DAYS TIMES`: DAYS like mon, mon-fri or sat,sun; TIMES like 09:00-17:30,
    /// 09:00-12:00,13:00-17:00 or closed. The first hours line replaces the default week.
    mutating func hoursLine(_ words: [String]) -> TriageDirective {
        guard words.count == 2 else { return .invalid("expected: hours DAYS TIMES, like 'hours mon-fri 09:00-17:30'") }
        guard let days = Self.days(words[0]) else {
            return .invalid("'\(words[0])' is not a day or range of days: write mon, mon-fri or sat,sun")
        }
        var openings: [OpeningTime] = []
        if words[1].lowercased() != "closed" {
            for range in words[1].split(separator: ",") {
                guard let opening = Self.opening(String(range)) else {
                    return .invalid("'\(range)' is not a time range: write 09:00-17:30 (24-hour clock), or closed")
                }
                openings.append(opening)
            }
        }
        if !hoursFromConfig {
            hours.days = [:]
            hoursFromConfig = true
        }
        for day in days { hours.days[day] = openings }
        return .applied
    }

    /// Weekday names to the calendar's numbers (1 = Sunday).
    private static let weekdays = ["sun": 1, "mon": 2, "tue": 3, "wed": 4, "thu": 5, "fri": 6, "sat": 7]

    private static func days(_ text: String) -> [Int]? {
        var result: [Int] = []
        for part in text.lowercased().split(separator: ",") {
            let ends = part.split(separator: "-").map { weekdays[String($0.prefix(3))] }
            guard !ends.isEmpty, ends.count <= 2, let first = ends.first ?? nil, let last = ends.last ?? nil else { return nil }
            var day = first
            while true {
                result.append(day)
                if day == last { break }
                day = day % 7 + 1
            }
        }
        return result.isEmpty ? nil : result
    }

    private static func opening(_ text: String) -> OpeningTime? {
        let ends = text.split(separator: "-").map { minutes(String($0)) }
        guard ends.count == 2, let start = ends[0], let end = ends[1], start < end else { return nil }
        return OpeningTime(start: start, end: end)
    }

    /// `09:00` → 540; `24:00` is the end of the day.
    private static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, parts[1].count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]),
              (0...24).contains(hours), (0..<60).contains(minutes), hours * 60 + minutes <= 1440 else { return nil }
        return hours * 60 + minutes
    }
}
