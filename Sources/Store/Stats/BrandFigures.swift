import Sentiment

/// One brand's figures over one period. Items marked spam or duplicate, and items the tagger
/// flagged as spam that nobody has looked at yet (status new), are left out.
public struct BrandFigures: Sendable, Hashable {
    /// Items posted in the period.
    public var volume: Int
    /// Items with a star rating, and their mean rating (nil when none has one).
    public var rated: Int
    public var averageRating: Double?
    public var positive: Int
    public var neutral: Int
    public var negative: Int
    /// Mean sentiment score of the items; nil without items.
    public var meanScore: Double?
    /// Items that are complaints: the tagger found an actionable problem, or a complaint links them.
    public var complaints: Int
    /// Follow-ups due in the period (skipped ones left out) and how many of those are done.
    public var followUpsDue: Int
    public var followUpsDone: Int
    /// Complaints opened in the period that have had a first response, and the median time to it
    /// in seconds (nil when none has).
    public var responded: Int
    public var medianFirstResponse: Double?
    /// Every aspect that items praised or complained about, in the aspects' declared order.
    public var aspects: [AspectTally]

    public init(volume: Int = 0, rated: Int = 0, averageRating: Double? = nil, positive: Int = 0, neutral: Int = 0,
                negative: Int = 0, meanScore: Double? = nil, complaints: Int = 0, followUpsDue: Int = 0,
                followUpsDone: Int = 0, responded: Int = 0, medianFirstResponse: Double? = nil,
                aspects: [AspectTally] = []) {
        self.volume = volume
        self.rated = rated
        self.averageRating = averageRating
        self.positive = positive
        self.neutral = neutral
        self.negative = negative
        self.meanScore = meanScore
        self.complaints = complaints
        self.followUpsDue = followUpsDue
        self.followUpsDone = followUpsDone
        self.responded = responded
        self.medianFirstResponse = medianFirstResponse
        self.aspects = aspects
    }

    /// (positive - negative) / volume, from -1 to 1; nil without items.
    public var netSentiment: Double? {
        volume > 0 ? Double(positive - negative) / Double(volume) : nil
    }

    /// Complaints as a share of the volume, 0 to 1; nil without items.
    public var complaintShare: Double? {
        volume > 0 ? Double(complaints) / Double(volume) : nil
    }

    /// Done follow-ups as a share of those due, 0 to 1; nil when none was due.
    public var followUpCompletion: Double? {
        followUpsDue > 0 ? Double(followUpsDone) / Double(followUpsDue) : nil
    }

    /// The three aspects most items praised, most first (ties in the aspects' declared order).
    public var topPraised: [AspectCount] { Self.top(aspects.map { ($0.aspect, $0.praised) }) }

    /// The three aspects most items complained about, most first.
    public var topComplained: [AspectCount] { Self.top(aspects.map { ($0.aspect, $0.complained) }) }

    /// How many items praised and complained about `aspect`.
    public func tally(_ aspect: Aspect) -> AspectTally {
        aspects.first { $0.aspect == aspect } ?? AspectTally(aspect: aspect, praised: 0, complained: 0)
    }

    static func top(_ counts: [(Aspect, Int)]) -> [AspectCount] {
        let order = Dictionary(uniqueKeysWithValues: Aspect.allCases.enumerated().map { ($1, $0) })
        return counts.filter { $0.1 > 0 }
            .sorted { ($1.1, order[$0.0] ?? 0) < ($0.1, order[$1.0] ?? 0) }
            .prefix(3)
            .map { AspectCount(aspect: $0.0, count: $0.1) }
    }
}
