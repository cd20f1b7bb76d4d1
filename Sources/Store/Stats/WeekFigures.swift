import Foundation

/// One week of a brand's trend: seven days ending on `lastDay`.
public struct WeekFigures: Sendable, Hashable {
    /// The week's last day (midnight UTC).
    public var lastDay: Date
    public var volume: Int
    public var positive: Int
    public var negative: Int
    /// Mean sentiment score of the week's items; nil for a week without items.
    public var meanScore: Double?
    /// Mean star rating of the week's rated items; nil when none has a rating.
    public var averageRating: Double?

    public init(lastDay: Date, volume: Int, positive: Int = 0, negative: Int = 0, meanScore: Double? = nil,
                averageRating: Double? = nil) {
        self.lastDay = lastDay
        self.volume = volume
        self.positive = positive
        self.negative = negative
        self.meanScore = meanScore
        self.averageRating = averageRating
    }
}
