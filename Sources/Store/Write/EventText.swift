/// How values are written into the history's before/after text.
enum EventText {
    /// A day as 2026-03-14 when it is midnight UTC, else the full time.
    static func time(_ seconds: Double?) -> String? {
        guard let seconds else { return nil }
        return seconds == ISOTime.startOfDay(seconds) ? ISOTime.formatDate(seconds) : ISOTime.format(seconds)
    }

    static func shortID(_ kind: EntityKind, _ number: Int64?) -> String? {
        number.map { kind.prefix + String($0) }
    }
}
