import Store

/// What kind of answer an item calls for, from its rating and sentiment.
public enum ReplyTone: String, Sendable, Hashable, CaseIterable {
    /// Four or five stars, or clearly positive words: thank them.
    case praise
    /// One or two stars, a complaint, or clearly negative words: apologise.
    case complaint
    case neutral

    /// The tone of an item rated `rating` (1-5, when rated) with sentiment `score` (-1…1).
    public init(rating: Int?, score: Double, isComplaint: Bool) {
        if let rating {
            self = rating <= 2 ? .complaint : rating >= 4 && !isComplaint ? .praise : isComplaint ? .complaint : .neutral
        } else if isComplaint || score <= -0.3 {
            self = .complaint
        } else {
            self = score >= 0.3 ? .praise : .neutral
        }
    }

    public init(subject: ReplySubject) {
        self.init(rating: subject.rating, score: subject.score, isComplaint: subject.isComplaint)
    }

    /// The template picked for this tone unless the user names another.
    public var templateName: String {
        switch self {
        case .praise: return "thanks"
        case .complaint: return "apology"
        case .neutral: return "neutral"
        }
    }
}
