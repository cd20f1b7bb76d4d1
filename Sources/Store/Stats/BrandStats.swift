/// The Brands pane's figures for one brand over a period, with the period before and the trend.
public struct BrandStats: Sendable, Hashable {
    /// Short id, "B1".
    public var id: String
    public var name: String
    public var isOwn: Bool
    public var current: BrandFigures
    /// The same figures over the period before; nil for all time.
    public var previous: BrandFigures?
    /// The weekly trend, oldest first, the last week ending today.
    public var weekly: [WeekFigures]

    public init(id: String, name: String, isOwn: Bool, current: BrandFigures, previous: BrandFigures? = nil,
                weekly: [WeekFigures] = []) {
        self.id = id
        self.name = name
        self.isOwn = isOwn
        self.current = current
        self.previous = previous
        self.weekly = weekly
    }

    /// The movement against the period before; nil for all time.
    public var changes: BrandChanges? {
        previous.map { BrandChanges(from: $0, to: current) }
    }
}
