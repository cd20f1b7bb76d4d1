/// The numbers behind the rules. Most are VADER 3.3.2's empirically derived values.
enum ScoringConstants {
    /// Intensity a booster adds (VADER's B_INCR).
    static let boosterStep = 0.293
    /// Intensity an ALL-CAPS sentiment word gains when the rest of the text is not in capitals.
    static let capsIncrement = 0.733
    /// Factor applied to a negated positive word (VADER's N_SCALAR).
    static let negatedPositive = -0.74
    /// Factor applied to a negated negative word: "not bad" is mildly good, not as good as bad is bad.
    static let negatedNegative = -0.5
    /// Valence of a negated verb of function ("didn't work").
    static let negatedFunction = -1.5
    /// Valence of a refusal to come back or buy again ("won't be back", "not buying again"),
    /// and of one made with "never" ("never eating here again").
    static let refusedReturn = -2.0
    static let refusedReturnWithNever = -2.2
    /// Units from a negated patronage verb to the return-intent word that makes it a refusal
    /// ("never buy anything from them again": five).
    static let refusalReach = 6
    /// Valence of a plain word after "too" ("too big").
    static let excess = -1.0
    /// Content words (not function words) after a negator that its scope may reach.
    static let negationReach = 4
    /// Boosters count less the further they are from the word they boost.
    static let boosterDecay: (Double, Double, Double) = (1.0, 0.95, 0.9)
    /// Factor for "never so good" / "never this good".
    static let neverIntensifier = 1.25
    /// Weight of what comes before a contrastive conjunction, and of a conceded clause.
    static let concededWeight = 0.5
    /// Weight of what comes after a contrastive conjunction, and of the main clause of a concession.
    static let emphasisedWeight = 1.5
    /// Intensity each exclamation mark adds, up to `maxExclamations`.
    static let exclamationStep = 0.292
    static let maxExclamations = 4
    /// Intensity each question mark adds when there are two or three; more add `manyQuestions`.
    static let questionStep = 0.18
    static let manyQuestions = 0.96
    /// Normalisation constant: score = sum / sqrt(sum² + alpha).
    static let alpha = 15.0
    /// Scores at or beyond ±labelThreshold are labelled positive or negative. Above VADER's
    /// 0.05: a score this small comes from one faint word or from praise and blame that cancel,
    /// which people rate as neutral (on the dev set, sentences scored within ±0.15 get the
    /// polarity right barely more often than a coin).
    static let labelThreshold = 0.15
    /// Drivers reported per text.
    static let maxDrivers = 8
    /// Mentions reported per aspect.
    static let maxMentions = 4

    /// Squashes a sum of valences into -1...1 the way VADER does.
    @inline(__always)
    static func normalize(_ sum: Double) -> Double {
        let score = sum / (sum * sum + alpha).squareRoot()
        return min(1, max(-1, score))
    }

    /// The label for a score.
    ///
    /// Without a branch (which side of the thresholds a score falls, no predictor learns: about
    /// every other text was mispredicted): both tests in one vector compare, whose lanes are -1
    /// where a test holds (at most one does; neither for NaN: neutral), and the label's tag
    /// made from them: positive 0, neutral 1, negative 2 (the cases' order). Written as scalar
    /// compares, the tests became branches again.
    @inline(__always)
    static func label(for score: Double) -> SentimentLabel {
        // Lane 0: score >= threshold; lane 1: -threshold >= score.
        let holds = SIMD2<Double>(score, -labelThreshold) .>= SIMD2<Double>(labelThreshold, score)
        let lanes = unsafeBitCast(holds, to: SIMD2<Int64>.self)
        let tag = 1 &+ lanes[0] &- lanes[1]
        return unsafeBitCast(UInt8(truncatingIfNeeded: tag), to: SentimentLabel.self)
    }

    /// Intensity from exclamation and question marks, VADER's way.
    static func punctuationEmphasis(exclamations: Int, questions: Int) -> Double {
        var emphasis = Double(min(exclamations, maxExclamations)) * exclamationStep
        if questions > 1 {
            emphasis += questions <= 3 ? Double(questions) * questionStep : manyQuestions
        }
        return emphasis
    }
}
