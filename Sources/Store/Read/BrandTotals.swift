/// One brand's all-time figures, before they become a `BrandSummary`.
struct BrandTotals {
    var volume: Int
    var averageRating: Double?
    var positive: Int
    var neutral: Int
    var negative: Int
}
