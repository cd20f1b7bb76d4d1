import Foundation
import Sentiment
import TerminalUI

/// Short, fixed-width renderings of numbers, dates and ratings for list rows.
enum Formatters {
    /// "★★★★☆" for 4, five spaces when there is no rating.
    static func stars(_ rating: Int?, glyphs: Glyphs) -> String {
        guard let rating, (1...5).contains(rating) else { return "     " }
        return String(repeating: glyphs.starFull, count: rating) + String(repeating: glyphs.starEmpty, count: 5 - rating)
    }

    /// "+0.62", "-0.31", " 0.00": five columns.
    static func score(_ value: Double) -> String {
        let hundredths = Int((abs(value) * 100).rounded())
        let sign = value > 0.004 ? "+" : (value < -0.004 ? "-" : " ")
        return "\(sign)\(hundredths / 100).\(String(format: "%02d", hundredths % 100))"
    }

    /// The theme role for a sentiment label.
    static func role(for label: SentimentLabel) -> ThemeRole {
        switch label {
        case .positive: return .sentimentPositive
        case .neutral: return .sentimentNeutral
        case .negative: return .sentimentNegative
        }
    }

    static let utc: TimeZone = TimeZone(identifier: "UTC") ?? .current

    /// "Nov 20" for a date in the last year, else "Nov'24": always six columns.
    static func shortDate(_ date: Date, now: Date, timeZone: TimeZone = .current) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        guard let month = parts.month, let day = parts.day, let year = parts.year else { return "" }
        if now.timeIntervalSince(date) < 330 * 86_400 {
            return "\(months[month - 1]) \(day < 10 ? " " : "")\(day)"
        }
        return "\(months[month - 1])'\(String(format: "%02d", year % 100))"
    }

    /// "2026-11-20 14:05" for detail views.
    static func dateTime(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", p.year ?? 0, p.month ?? 0, p.day ?? 0, p.hour ?? 0, p.minute ?? 0)
    }

    /// "2026-11-20": a due date, which is a day, not a moment (kept in UTC by the store).
    static func day(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        let p = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", p.year ?? 0, p.month ?? 0, p.day ?? 0)
    }

    /// "3d", "5h", "12m", "2w", "4mo": how long an interval is, roughly.
    static func span(_ seconds: TimeInterval) -> String {
        let s = abs(seconds)
        switch s {
        case ..<3_600: return "\(max(1, Int(s / 60)))m"
        case ..<86_400: return "\(Int(s / 3_600))h"
        case ..<(14 * 86_400): return "\(Int(s / 86_400))d"
        case ..<(60 * 86_400): return "\(Int(s / (7 * 86_400)))w"
        default: return "\(Int(s / (30 * 86_400)))mo"
        }
    }

    /// "in 3d" before a deadline, "3d late" after it.
    static func deadline(_ due: Date, now: Date) -> (text: String, overdue: Bool) {
        let delta = due.timeIntervalSince(now)
        return delta >= 0 ? ("in \(span(delta))", false) : ("\(span(delta)) late", true)
    }

    /// A sparkline of `values`, one glyph each, scaled between their minimum and maximum.
    static func sparkline(_ values: [Double], glyphs: Glyphs) -> String {
        guard let low = values.min(), let high = values.max() else { return "" }
        let levels = glyphs.sparks.count
        return values.map { value in
            let level = high > low ? Int(((value - low) / (high - low)) * Double(levels - 1)) : 0
            return glyphs.sparks[max(0, min(levels - 1, level))]
        }.joined()
    }

    /// The first line of a text, for one-row previews.
    static func firstLine(_ text: String) -> String {
        let line = text.unicodeScalars.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).first.map { String(String.UnicodeScalarView($0)) }
        return line ?? ""
    }

    /// A table column `width` wide whose last column is always blank: `text` is cut to
    /// `width - 1` columns when longer, so it can never run into the next column.
    static func column(_ text: String, _ width: Int, glyphs: Glyphs) -> String {
        width > 0 ? fit(text, width - 1, glyphs: glyphs) + " " : ""
    }

    /// Pads or cuts `text` to exactly `width` columns.
    static func fit(_ text: String, _ width: Int, glyphs: Glyphs) -> String {
        guard width > 0 else { return "" }
        let w = DisplayWidth.of(text)
        if w <= width { return text + String(repeating: " ", count: width - w) }
        let cut = TextWrap.truncate(text, width: width, ellipsis: glyphs.ellipsis)
        return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
    }
}

extension Formatters {
    /// Display columns of `text` once sanitised.
    static func width(_ text: String) -> Int { DisplayWidth.of(text) }
}
