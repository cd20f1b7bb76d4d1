import Foundation

/// Every brand's figures over one period: own brand(s) first, then competitors by name.
public struct BrandStatsReport: Sendable, Hashable {
    public var period: StatsPeriod
    /// The first and last day of the period (midnight UTC).
    public var from: Date
    public var to: Date
    /// The period before, of the same length; nil for all time.
    public var previousFrom: Date?
    public var previousTo: Date?
    public var brands: [BrandStats]

    public init(period: StatsPeriod, from: Date, to: Date, previousFrom: Date? = nil, previousTo: Date? = nil,
                brands: [BrandStats]) {
        self.period = period
        self.from = from
        self.to = to
        self.previousFrom = previousFrom
        self.previousTo = previousTo
        self.brands = brands
    }

    /// The report of `window` for `brands`.
    init(window: StatsWindow, brands: [BrandStats]) {
        let date = { (day: Int) in Date(timeIntervalSince1970: StatsDay.start(day)) }
        self.init(period: window.period, from: date(window.current.lowerBound), to: date(window.current.upperBound),
                  previousFrom: window.previous.map { date($0.lowerBound) },
                  previousTo: window.previous.map { date($0.upperBound) }, brands: brands)
    }
}
