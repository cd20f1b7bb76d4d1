/// The Brands pane's figures for one brand. Items marked spam or duplicate, and items the tagger
/// flagged as spam that nobody has looked at yet (status new), are left out.
public struct BrandSummary: Sendable, Hashable {
    public var id: String
    public var name: String
    public var isOwn: Bool
    public var volume: Int
    /// Mean star rating of the items that have one; nil when none has.
    public var averageRating: Double?
    public var positive: Int
    public var neutral: Int
    public var negative: Int
    /// Items per week for the 12 weeks ending at `now`, oldest first.
    public var weeklyVolume: [Int]
    /// Mean sentiment score per week, same weeks; 0 for a week without items.
    public var weeklySentiment: [Double]
    /// The aspects most items praised (aspect score > 0.05), at most 3, most first.
    public var topPraised: [AspectCount]
    /// The aspects most items complained about (aspect score < -0.05), at most 3, most first.
    public var topComplained: [AspectCount]

    public init(id: String, name: String, isOwn: Bool, volume: Int, averageRating: Double?, positive: Int,
                neutral: Int, negative: Int, weeklyVolume: [Int], weeklySentiment: [Double],
                topPraised: [AspectCount], topComplained: [AspectCount]) {
        self.id = id
        self.name = name
        self.isOwn = isOwn
        self.volume = volume
        self.averageRating = averageRating
        self.positive = positive
        self.neutral = neutral
        self.negative = negative
        self.weeklyVolume = weeklyVolume
        self.weeklySentiment = weeklySentiment
        self.topPraised = topPraised
        self.topComplained = topComplained
    }
}
