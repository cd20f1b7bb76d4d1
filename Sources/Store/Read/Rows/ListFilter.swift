/// What a list shows: the brand filter of the Brands pane and a query of the query language.
public struct ListFilter: Hashable, Sendable {
    /// A brand's short id ("B2"); nil for every brand.
    public var brandID: String?
    /// The query typed after `/` or given to a command; `.everything` for none.
    public var query: Query
    /// How the list is sorted; a list's standard order when it does not offer this one.
    public var order: ListOrder?

    public init(brandID: String? = nil, query: Query = .everything, order: ListOrder? = nil) {
        self.brandID = brandID
        self.query = query
        self.order = order
    }

    /// The `ORDER BY` clause for `list` when the filter asks for an order other than its standard one.
    func orderBySQL(for list: QueryList) -> String? {
        order?.orderBySQL(for: list)
    }
}
