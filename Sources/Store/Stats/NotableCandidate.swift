/// One of a brand's recent items, as much of it as choosing the notable ones needs.
struct NotableCandidate {
    var id: Int64
    var score: Double
    var label: String
    var urgent: Bool
    /// Done, spam or duplicate: nothing left to do about it.
    var settled: Bool

    /// The ids of the most negative (lowest score first), the most positive (highest first) and
    /// the urgent unsettled items (newest first), `limit` of each; `recent` is newest first.
    static func picks(_ recent: [NotableCandidate], limit: Int)
        -> (mostNegative: [Int64], mostPositive: [Int64], urgent: [Int64]) {
        // Ties keep the newer item first: `recent` is newest first and the sort is stable.
        let negative = recent.enumerated().filter { $0.element.label == "neg" }
            .sorted { ($0.element.score, $0.offset) < ($1.element.score, $1.offset) }.prefix(limit).map(\.element.id)
        let positive = recent.enumerated().filter { $0.element.label == "pos" }
            .sorted { (-$0.element.score, $0.offset) < (-$1.element.score, $1.offset) }.prefix(limit).map(\.element.id)
        let urgent = recent.filter { $0.urgent && !$0.settled }.prefix(limit).map(\.id)
        return (Array(negative), Array(positive), Array(urgent))
    }
}
