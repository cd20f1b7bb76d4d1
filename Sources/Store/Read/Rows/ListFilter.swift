/// What a list shows: for now the brand filter of the Brands pane (the query language follows).
public struct ListFilter: Hashable, Sendable {
    /// A brand's short id ("B2"); nil for every brand.
    public var brandID: String?

    public init(brandID: String? = nil) {
        self.brandID = brandID
    }
}
