import Sentiment

/// The JSON form of one `earshot tag --json` line.
struct TagRecord: Encodable {
    struct Driver: Encodable {
        var phrase: String
        var contribution: Double
    }

    struct AspectScore: Encodable {
        var aspect: String
        var score: Double
        var mentions: [String]
    }

    struct SignalSet: Encodable {
        var complaint: Bool
        var urgency: [String]
        var spam: [String]
    }

    var score: Double
    var label: String
    var scored: Bool
    var language: String
    var drivers: [Driver]
    var aspects: [AspectScore]
    var signals: SignalSet

    init(_ analysis: SentimentAnalysis) {
        score = Self.rounded(analysis.score)
        label = analysis.label.rawValue
        scored = analysis.scored
        language = analysis.language
        drivers = analysis.drivers.map { Driver(phrase: $0.phrase, contribution: Self.rounded($0.contribution)) }
        aspects = analysis.aspects.map {
            AspectScore(aspect: $0.aspect.rawValue, score: Self.rounded($0.score), mentions: $0.mentions)
        }
        signals = SignalSet(complaint: analysis.signals.complaint,
                            urgency: analysis.signals.urgency.map(\.rawValue),
                            spam: analysis.signals.spam.map(\.rawValue))
    }

    private static func rounded(_ value: Double) -> Double {
        (value * 10_000).rounded() / 10_000
    }
}
