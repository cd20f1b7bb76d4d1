import Foundation
import Sentiment

/// The figures of one `earshot-bench sentiment` run and how they are printed.
struct SentimentReport {
    var devSet: DevSet
    var analyses: [SentimentAnalysis]
    /// Timed passes of `SentimentTagger.score` and of `SentimentTagger.analyze`.
    var scoreSeconds: [Double]
    var analyzeSeconds: [Double]
    /// Timed passes of `SentimentTagger.score(utf8:)` over one buffer holding every sentence.
    var bytesSeconds: [Double]
    var runs: Int
    /// Passes over the dev set in each of earshot's timed runs (VADER's runs are one pass each).
    var passesPerRun: Int
    var vader: VaderBaseline.Output?
    var checksum = 0.0

    /// What one text of the run is called in the report.
    private var unit: String { devSet.sentencesPerText == 1 ? "sentences" : "texts" }

    /// VADER's own three-way rule: compound >= 0.05 positive, <= -0.05 negative.
    static func vaderPrediction(_ compound: Double) -> Int {
        compound >= 0.05 ? 1 : compound <= -0.05 ? -1 : 0
    }

    static func prediction(_ label: SentimentLabel) -> Int {
        switch label {
        case .positive: 1
        case .negative: -1
        case .neutral: 0
        }
    }

    func print() {
        let total = analyses.count
        guard devSet.sentencesPerText == 1 else {
            Swift.print("earshot-bench sentiment: \(devSet.files.count) files, \(total) texts of \(devSet.sentencesPerText) "
                + "consecutive dev sentences each from \(devSet.directory); no accuracy (the joined texts have no gold label)")
            printThroughput(sentences: total)
            return
        }
        Swift.print("earshot-bench sentiment: \(devSet.files.count) files, \(total) sentences from \(devSet.directory)")
        Swift.print("""
        Accuracy is on 2-class gold (0/1; the dev set has no neutral gold). acc: predicted label equals \
        gold, a neutral prediction counts as wrong. macro-F1: mean of F1(pos) and F1(neg), neutral \
        predictions are misses. neutral: share predicted neutral. polar-acc: accuracy on the sentences \
        predicted pos or neg. r: Pearson correlation of the score with gold 0/1. earshot labels are its \
        own labels (score beyond ±0.15); VADER's from compound at ±0.05, its documented rule.
        """)
        Swift.print(row(["set", "tagger", "acc", "macro-F1", "neutral", "polar-acc", "r"]))
        var offset = 0
        for file in devSet.files {
            let range = offset..<(offset + file.sentences.count)
            printRows(name: file.name, range: range, gold: file.gold)
            offset += file.sentences.count
        }
        printRows(name: "overall", range: 0..<total, gold: devSet.allGold)
        printThroughput(sentences: total)
    }

    private func printRows(name: String, range: Range<Int>, gold: [Int]) {
        let ours = BinaryMetrics(scores: range.map { analyses[$0].score },
                                 predictions: range.map { Self.prediction(analyses[$0].label) }, gold: gold)
        Swift.print(row([name, "earshot"] + figures(ours)))
        if let vader {
            let theirs = BinaryMetrics(scores: range.map { vader.compound[$0] },
                                       predictions: range.map { Self.vaderPrediction(vader.compound[$0]) }, gold: gold)
            Swift.print(row(["", "VADER " + vader.version] + figures(theirs)))
        }
    }

    private func figures(_ metrics: BinaryMetrics) -> [String] {
        [metrics.accuracy, metrics.macroF1, metrics.neutralRate, metrics.polarAccuracy, metrics.pearson]
            .map { String(format: "%.3f", $0) }
    }

    private func printThroughput(sentences: Int) {
        Swift.print("""
        Throughput: \(runs) timed runs after one untimed pass, each run all \(sentences) dev \(unit) \
        (\(passesPerRun) times over for earshot, whose pass is too short to time alone on a shared machine), \
        median and fastest run reported (on a busy machine other work only ever slows a run down, so the fastest \
        is the steadiest figure), one thread on one core, timed as that thread's CPU time. earshot in this process: \
        score = SentimentTagger.score (score and label, like VADER's polarity_scores), analyze = \
        SentimentTagger.analyze (also sentences, drivers, aspects, signals), bytes = \
        SentimentTagger.score(utf8:) on each sentence's bytes in one buffer (how a bulk import reads). VADER: \
        SentimentIntensityAnalyzer.polarity_scores in one python3 process, timed with time.thread_time.
        """)
        let ours = [("score", scoreSeconds), ("analyze", analyzeSeconds), ("bytes", bytesSeconds)]
        for (name, seconds) in ours {
            Self.printRate("earshot " + name, unit: unit, count: sentences * passesPerRun, seconds: seconds)
        }
        guard let vader else {
            Swift.print("  VADER            not run (--no-vader)")
            return
        }
        Self.printRate("VADER", unit: unit, count: sentences, seconds: vader.seconds)
        Swift.print("  VADER ran on \(vader.python); its speed depends on the interpreter (pass another with --python)")
        for (label, pick) in [("median", Timing.median), ("fastest", { $0.min() ?? .nan })] as [(String, ([Double]) -> Double)] {
            let ratios = ours.map { name, seconds in
                name + String(format: " %.0fx", Double(passesPerRun) * pick(vader.seconds) / pick(seconds))
            }
            Swift.print("  speed-up over VADER, \(label) runs: " + ratios.joined(separator: ", "))
        }
    }

    /// One throughput line: texts (`unit`) per second of the median and of the fastest run, each
    /// run `count` texts long.
    private static func printRate(_ name: String, unit: String, count: Int, seconds: [Double]) {
        let median = Timing.median(seconds)
        let fastest = seconds.min() ?? .nan
        Swift.print("  " + name.padding(toLength: 16, withPad: " ", startingAt: 0)
            + String(format: "%10.0f \(unit)/s median, %10.0f fastest  (%d runs: %.5f s, %.5f s)",
                     Double(count) / median, Double(count) / fastest, seconds.count, median, fastest))
    }

    private func row(_ cells: [String]) -> String {
        let widths = [24, 14, 7, 9, 8, 10, 7]
        return zip(cells, widths).map { cell, width in
            cell.count >= width ? cell + " " : cell + String(repeating: " ", count: width - cell.count)
        }.joined()
    }

    /// Writes one TSV line per sentence: set, gold, earshot score and label, VADER compound, text.
    func dump(to path: String) throws {
        var lines = ["set\tgold\tearshot\tlabel\tvader\ttext"]
        var index = 0
        for file in devSet.files {
            for (sentence, gold) in zip(file.sentences, file.gold) {
                let analysis = analyses[index]
                let vaderScore = vader.map { String($0.compound[index]) } ?? ""
                lines.append("\(file.name)\t\(gold)\t\(String(format: "%.4f", analysis.score))\t\(analysis.label.rawValue)\t\(vaderScore)\t\(sentence)")
                index += 1
            }
        }
        do {
            try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw BenchError("cannot write \(path): \(error.localizedDescription)")
        }
    }
}
