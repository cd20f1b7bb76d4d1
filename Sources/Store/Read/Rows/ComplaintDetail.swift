/// Everything the Complaints pane's detail view shows about one complaint.
public struct ComplaintDetail: Sendable, Hashable {
    public var row: ComplaintRow
    public var resolution: String?
    /// The linked items, newest first.
    public var items: [ReviewRow]
    public var followUpIDs: [String]
    /// Oldest first.
    public var history: [HistoryEvent]

    public init(row: ComplaintRow, resolution: String?, items: [ReviewRow], followUpIDs: [String],
                history: [HistoryEvent]) {
        self.row = row
        self.resolution = resolution
        self.items = items
        self.followUpIDs = followUpIDs
        self.history = history
    }
}
