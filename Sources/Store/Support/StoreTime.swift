import Foundation

/// How the store writes times for people and scripts: UTC, ISO 8601.
public enum StoreTime {
    /// `2026-03-14` (the UTC day).
    public static func day(_ date: Date) -> String {
        ISOTime.formatDate(date.timeIntervalSince1970)
    }

    /// `2026-03-14T09:12:00Z`.
    public static func time(_ date: Date) -> String {
        ISOTime.format(date.timeIntervalSince1970)
    }
}
