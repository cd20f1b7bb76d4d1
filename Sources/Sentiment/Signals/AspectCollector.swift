/// Gathers the aspects a text mentions; each aspect's sentiment is that of the clauses that
/// mention it. Needs no memory until the first mention.
struct AspectCollector {
    private var sums = SIMD8<Double>(repeating: 0)
    private var lastClause = SIMD8<Int32>(repeating: -1)
    private var mentions: [[String]] = []

    /// Records a mention of `aspect`, spelt `word`, in `clause`, whose weighted valences sum to
    /// `clauseSum`.
    mutating func mention(_ aspect: Aspect, clause: Int32, clauseSum: Double, word: @autoclosure () -> String) {
        let slot = Self.slot(of: aspect)
        if lastClause[slot] != clause {
            lastClause[slot] = clause
            sums[slot] += clauseSum
        }
        if mentions.isEmpty { mentions = [[String]](repeating: [], count: Aspect.allCases.count) }
        guard mentions[slot].count < ScoringConstants.maxMentions else { return }
        let spelling = word()
        if !mentions[slot].contains(spelling) { mentions[slot].append(spelling) }
    }

    /// The aspects mentioned, in `Aspect.allCases` order.
    func results() -> [AspectSentiment] {
        guard !mentions.isEmpty else { return [] }
        var result: [AspectSentiment] = []
        for (slot, aspect) in Aspect.allCases.enumerated() where !mentions[slot].isEmpty {
            result.append(AspectSentiment(aspect: aspect, score: ScoringConstants.normalize(sums[slot]),
                                          mentions: mentions[slot]))
        }
        return result
    }

    private static func slot(of aspect: Aspect) -> Int {
        switch aspect {
        case .price: 0
        case .service: 1
        case .speed: 2
        case .quality: 3
        case .cleanliness: 4
        case .ambience: 5
        case .delivery: 6
        case .booking: 7
        }
    }
}
