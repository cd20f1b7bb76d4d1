/// What a list shows: the brand filter of the Brands pane and a query of the query language.
public struct ListFilter: Hashable, Sendable {
    /// A brand's short id ("B2"); nil for every brand.
    public var brandID: String?
    /// The query typed after `/` or given to a command; `.everything` for none.
    public var query: Query

    public init(brandID: String? = nil, query: Query = .everything) {
        self.brandID = brandID
        self.query = query
    }
}
