/// Scores of three-way predictions against two-way gold labels (the dev set has no neutral gold).
struct BinaryMetrics {
    /// Share of sentences whose predicted label equals the gold one (neutral counts as wrong).
    var accuracy: Double
    /// Mean of the F1 of the positive and the negative class; neutral predictions are misses.
    var macroF1: Double
    /// Share of neutral predictions.
    var neutralRate: Double
    /// Accuracy on the sentences predicted positive or negative.
    var polarAccuracy: Double
    /// Pearson correlation of the score with the gold label (0 or 1).
    var pearson: Double

    /// `predictions`: 1 positive, -1 negative, 0 neutral; `gold`: 1 positive, 0 negative.
    init(scores: [Double], predictions: [Int], gold: [Int]) {
        var truePositive = 0, falsePositive = 0, trueNegative = 0, falseNegative = 0, neutral = 0
        var positiveGold = 0, negativeGold = 0
        for (prediction, label) in zip(predictions, gold) {
            if label == 1 { positiveGold += 1 } else { negativeGold += 1 }
            switch (prediction, label) {
            case (1, 1): truePositive += 1
            case (1, _): falsePositive += 1
            case (-1, 0): trueNegative += 1
            case (-1, _): falseNegative += 1
            default: neutral += 1
            }
        }
        let count = Double(max(1, gold.count))
        accuracy = Double(truePositive + trueNegative) / count
        neutralRate = Double(neutral) / count
        let polar = truePositive + falsePositive + trueNegative + falseNegative
        polarAccuracy = polar > 0 ? Double(truePositive + trueNegative) / Double(polar) : 0
        let f1Positive = Self.f1(hits: truePositive, predicted: truePositive + falsePositive, actual: positiveGold)
        let f1Negative = Self.f1(hits: trueNegative, predicted: trueNegative + falseNegative, actual: negativeGold)
        macroF1 = (f1Positive + f1Negative) / 2
        pearson = Self.pearson(scores, gold.map(Double.init))
    }

    static func f1(hits: Int, predicted: Int, actual: Int) -> Double {
        guard predicted > 0, actual > 0, hits > 0 else { return 0 }
        let precision = Double(hits) / Double(predicted)
        let recall = Double(hits) / Double(actual)
        return 2 * precision * recall / (precision + recall)
    }

    static func pearson(_ xs: [Double], _ ys: [Double]) -> Double {
        let count = Double(xs.count)
        guard count > 1 else { return .nan }
        let meanX = xs.reduce(0, +) / count
        let meanY = ys.reduce(0, +) / count
        var covariance = 0.0, varianceX = 0.0, varianceY = 0.0
        for (x, y) in zip(xs, ys) {
            covariance += (x - meanX) * (y - meanY)
            varianceX += (x - meanX) * (x - meanX)
            varianceY += (y - meanY) * (y - meanY)
        }
        guard varianceX > 0, varianceY > 0 else { return 0 }
        return covariance / (varianceX * varianceY).squareRoot()
    }
}
