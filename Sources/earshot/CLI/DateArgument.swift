import Foundation
import Store

/// A date option such as `--due` or `--snooze`: 2026-11-25, tomorrow, fri, +3d, 2w.
enum DateArgument {
    static func future(_ text: String, option: String) throws -> Date {
        guard let resolved = RelativeDate.parse(text, now: Date(), direction: .future) else {
            throw UserError("\(option) '\(text)' is not a date: write 2026-11-25, today, tomorrow, fri, +3d or 2w")
        }
        return resolved.date
    }
}
