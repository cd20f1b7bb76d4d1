/// Days as the statistics count them: whole UTC days since 1970, as the summary tables key them.
enum StatsDay {
    static let seconds = 86_400.0

    /// The day of a time in seconds since 1970; the same truncation as the SQL `dayOf` expression.
    static func of(_ seconds: Double) -> Int {
        Int(seconds / Self.seconds)
    }

    /// `dayOf` in SQL, for a table alias's `posted` column.
    static func sql(_ alias: String) -> String {
        "CAST(\(alias).posted / 86400 AS INTEGER)"
    }

    /// The first second of `day`.
    static func start(_ day: Int) -> Double {
        Double(day) * seconds
    }
}
