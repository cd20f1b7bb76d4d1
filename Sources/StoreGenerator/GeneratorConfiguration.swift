/// What `StoreGenerator` makes: how many items, from which seed, over which year.
public struct GeneratorConfiguration: Sendable {
    /// Items (reviews, mentions, messages, survey answers) to write.
    public var items: Int
    /// The seed: the same seed and counts give byte-identical files.
    public var seed: UInt64
    /// Competitor brands beside the one own brand.
    public var competitors: Int
    /// The last day of the year of dates, as seconds since 1970 (UTC, midnight); items are posted
    /// in the 365 days before it.
    public var end: Double
    /// Also write the items as `items.csv` (brands by name, no customers, complaints or follow-ups).
    public var writesCSV: Bool

    /// 2026-11-22T00:00:00Z: a fixed default, so that files do not depend on the day they are made.
    public static let defaultEnd: Double = 1_795_305_600

    public init(items: Int, seed: UInt64 = 1, competitors: Int = 4, end: Double = defaultEnd, writesCSV: Bool = true) {
        self.items = max(0, items)
        self.seed = seed
        self.competitors = max(0, competitors)
        self.end = end
        self.writesCSV = writesCSV
    }

    /// One customer per this many items (at least 20 customers).
    var customers: Int { max(20, items / 50) }
}
