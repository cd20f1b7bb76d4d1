/// Two texts where the first must score strictly higher than the second.
struct Ordering: CustomStringConvertible, Sendable {
    var higher: String
    var lower: String
    var rule: String

    init(_ higher: String, above lower: String, _ rule: String) {
        self.higher = higher
        self.lower = lower
        self.rule = rule
    }

    var description: String { "\(rule): \"\(higher)\" > \"\(lower)\"" }
}
