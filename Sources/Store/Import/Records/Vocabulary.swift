import Sentiment

/// The values the closed fields accept (BRIEF §4 and the import format), lower case. The write
/// API's enums are the source, so import and changes accept the same words.
enum Vocabulary {
    static let itemKinds = ["review", "mention", "message", "survey"]
    static let itemSources = ["google", "yelp", "trustpilot", "email", "survey", "social", "other"]
    static let itemStatuses = ItemStatus.names
    static let priorities = ItemPriority.allCases.map(\.rawValue)
    static let severities = ComplaintSeverity.allCases.map(\.rawValue)
    static let complaintStatuses = ComplaintStatus.allCases.map(\.rawValue)
    static let channels = FollowUpChannel.allCases.map(\.rawValue)
    static let followUpStatuses = FollowUpStatus.allCases.map(\.rawValue)
    static let aspects = Aspect.allCases.map(\.rawValue)
    static let labels = ["pos", "neu", "neg"]
}
