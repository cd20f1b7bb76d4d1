/// What each term added to a follow-up's urgency, for the detail view: the weighted
/// contributions, in `UrgencyWeights.names` order, which sum to the score.
public struct UrgencyBreakdown: Sendable, Hashable {
    /// (term, contribution) pairs; empty for a follow-up that is done or skipped.
    public var terms: [(name: String, value: Double)]

    public init(terms: [(name: String, value: Double)] = []) {
        self.terms = terms
    }

    public var total: Double { terms.reduce(0) { $0 + $1.value } }

    public static func == (lhs: UrgencyBreakdown, rhs: UrgencyBreakdown) -> Bool {
        lhs.terms.map(\.name) == rhs.terms.map(\.name) && lhs.terms.map(\.value) == rhs.terms.map(\.value)
    }

    public func hash(into hasher: inout Hasher) {
        for term in terms {
            hasher.combine(term.name)
            hasher.combine(term.value)
        }
    }
}
