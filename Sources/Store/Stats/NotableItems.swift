/// A brand's notable recent items: the most negative, the most positive and the urgent ones,
/// among its latest items of the period.
public struct NotableItems: Sendable, Hashable {
    public var mostNegative: [ReviewRow]
    public var mostPositive: [ReviewRow]
    /// Urgent items (the tagger's urgency or priority urgent) not yet done, newest first.
    public var urgent: [ReviewRow]

    public init(mostNegative: [ReviewRow] = [], mostPositive: [ReviewRow] = [], urgent: [ReviewRow] = []) {
        self.mostNegative = mostNegative
        self.mostPositive = mostPositive
        self.urgent = urgent
    }

    /// How many of a brand's latest items in the period are looked through.
    public static let recentWindow = 1_000
}
