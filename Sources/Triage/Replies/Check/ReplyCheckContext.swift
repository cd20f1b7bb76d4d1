import Store

/// What the reply check needs to know about the item answered.
public struct ReplyCheckContext: Sendable, Hashable {
    /// The site the reply will be posted on (google, yelp, trustpilot, …).
    public var source: String
    public var rating: Int?
    public var score: Double
    public var isComplaint: Bool
    /// Competitors' names and aliases, which a reply should not name.
    public var competitors: [String]

    public init(source: String, rating: Int?, score: Double, isComplaint: Bool, competitors: [String]) {
        self.source = source
        self.rating = rating
        self.score = score
        self.isComplaint = isComplaint
        self.competitors = competitors
    }

    public init(subject: ReplySubject) {
        self.init(source: subject.source, rating: subject.rating, score: subject.score, isComplaint: subject.isComplaint,
                  competitors: subject.competitors)
    }

    var tone: ReplyTone { ReplyTone(rating: rating, score: score, isComplaint: isComplaint) }
}
