import Sentiment

/// Everything the Reviews pane's detail view shows about one item.
public struct ReviewDetail: Sendable, Hashable {
    public var row: ReviewRow
    public var url: String?
    public var customerID: String?
    public var customerName: String?
    public var language: String?
    /// low, normal, high or urgent.
    public var priority: String
    public var assignee: String?
    public var tags: [String]
    /// Oldest first.
    public var notes: [Note]
    /// The tagger's whole analysis (drivers, aspects, signals); nil if the item was never tagged.
    public var analysis: SentimentAnalysis?
    public var complaintIDs: [String]
    public var followUpIDs: [String]
    /// Oldest first.
    public var history: [HistoryEvent]

    public init(row: ReviewRow, url: String?, customerID: String?, customerName: String?, language: String?,
                priority: String, assignee: String?, tags: [String], notes: [Note], analysis: SentimentAnalysis?,
                complaintIDs: [String], followUpIDs: [String], history: [HistoryEvent]) {
        self.row = row
        self.url = url
        self.customerID = customerID
        self.customerName = customerName
        self.language = language
        self.priority = priority
        self.assignee = assignee
        self.tags = tags
        self.notes = notes
        self.analysis = analysis
        self.complaintIDs = complaintIDs
        self.followUpIDs = followUpIDs
        self.history = history
    }
}
