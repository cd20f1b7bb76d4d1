import Foundation

/// Times are stored as REAL seconds since 1970 (UTC).
enum SQLTime {
    static func date(_ seconds: Double) -> Date {
        Date(timeIntervalSince1970: seconds)
    }

    static func date(_ seconds: Double?) -> Date? {
        seconds.map { Date(timeIntervalSince1970: $0) }
    }

    static func shortID(_ kind: EntityKind, _ number: Int64?) -> String? {
        number.map { kind.prefix + String($0) }
    }
}
