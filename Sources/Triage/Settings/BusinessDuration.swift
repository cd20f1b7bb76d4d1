/// A stretch of open time as the config writes it: `4h`, `30m`, `3d`, `1d4h`; a day is the
/// longest opening day of the business hours (so `3d` from Monday 10:00 is Thursday 10:00).
public struct BusinessDuration: Sendable, Hashable, CustomStringConvertible {
    public var days: Int
    public var minutes: Int

    public init(days: Int = 0, minutes: Int = 0) {
        self.days = days
        self.minutes = minutes
    }

    public static func hours(_ hours: Int) -> BusinessDuration { BusinessDuration(minutes: hours * 60) }
    public static func days(_ days: Int) -> BusinessDuration { BusinessDuration(days: days) }

    public func seconds(dayLength: Double) -> Double {
        Double(days) * dayLength + Double(minutes) * 60
    }

    /// Parses `4h`, `30m`, `3d`, `1d4h30m`; nil when it is none of these.
    public init?(parsing text: String) {
        var days = 0
        var minutes = 0
        var number = ""
        for character in text.lowercased() {
            if character.isASCII, character.isNumber {
                number.append(character)
                continue
            }
            guard let amount = Int(number), amount <= 100_000 else { return nil }
            switch character {
            case "d": days += amount
            case "h": minutes += amount * 60
            case "m": minutes += amount
            default: return nil
            }
            number = ""
        }
        guard number.isEmpty, days + minutes > 0 else { return nil }
        self.init(days: days, minutes: minutes)
    }

    public var description: String {
        var text = days > 0 ? "\(days)d" : ""
        if minutes / 60 > 0 { text += "\(minutes / 60)h" }
        if minutes % 60 > 0 { text += "\(minutes % 60)m" }
        return text
    }
}
