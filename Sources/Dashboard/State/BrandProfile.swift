import Store

/// What the brand detail shows: the brand's figures, every brand's (for the side-by-side aspect
/// table) and its notable recent items once loaded.
public struct BrandProfile: Equatable, Sendable {
    public var brand: BrandStats
    /// Every brand of the report, own first, the brand itself included.
    public var all: [BrandStats]
    public var report: BrandStatsReport
    /// Nil until loaded.
    public var notable: NotableItems?

    public init(brand: BrandStats, all: [BrandStats], report: BrandStatsReport, notable: NotableItems? = nil) {
        self.brand = brand
        self.all = all
        self.report = report
        self.notable = notable
    }

    /// The profile of brand `id` in `report`, if it is there.
    public init?(id: String, report: BrandStatsReport, notable: NotableItems? = nil) {
        guard let brand = report.brands.first(where: { $0.id == id }) else { return nil }
        self.init(brand: brand, all: report.brands, report: report, notable: notable)
    }
}
