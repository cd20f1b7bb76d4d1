import Store

/// What the detail view shows: the full record behind the selected row.
public enum Detail: Equatable, Sendable {
    case brand(BrandProfile)
    case review(ReviewDetail)
    case complaint(ComplaintDetail)
    case followUp(FollowUpDetail)
}

/// The detail view's record and how far it is scrolled.
public struct DetailState: Equatable, Sendable {
    public var pane: Pane
    public var id: String
    /// Nil until loaded, or when the record is gone.
    public var content: Detail?
    public var scroll: Int = 0

    public init(pane: Pane, id: String, content: Detail? = nil) {
        self.pane = pane
        self.id = id
        self.content = content
    }
}
