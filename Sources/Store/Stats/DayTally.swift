/// The item counts of one brand over some days: a row of `brand_day`, or the sum of several.
struct DayTally: Sendable, Hashable {
    var volume = 0
    var rated = 0
    var ratingSum = 0.0
    var positive = 0
    var neutral = 0
    var negative = 0
    var scoreSum = 0.0
    var complaints = 0

    mutating func add(_ other: DayTally) {
        volume += other.volume
        rated += other.rated
        ratingSum += other.ratingSum
        positive += other.positive
        neutral += other.neutral
        negative += other.negative
        scoreSum += other.scoreSum
        complaints += other.complaints
    }

    var averageRating: Double? { rated > 0 ? ratingSum / Double(rated) : nil }
    var meanScore: Double? { volume > 0 ? scoreSum / Double(volume) : nil }
}
