import Sentiment

/// The values the closed fields accept (BRIEF §4 and the import format), lower case.
enum Vocabulary {
    static let itemKinds = ["review", "mention", "message", "survey"]
    static let itemStatuses = ["new", "open", "waiting", "done", "spam", "duplicate"]
    static let priorities = ["low", "normal", "high", "urgent"]
    static let severities = ["low", "normal", "high", "critical"]
    static let complaintStatuses = ["open", "waiting", "resolved"]
    static let channels = ["call", "email", "visit", "note", "gift", "other"]
    static let followUpStatuses = ["todo", "done", "skipped"]
    static let aspects = Aspect.allCases.map(\.rawValue)
}
