import Foundation
import Sentiment

/// `earshot-bench sentiment`: accuracy on the labelled dev set and single-core throughput,
/// earshot's tagger side by side with VADER 3.3.2 in the same run.
enum SentimentBenchmark {
    static let entry = Benchmarks.Entry(
        name: "sentiment",
        summary: "tagger accuracy on the dev set and throughput, next to VADER 3.3.2",
        usage: "sentiment [--dev-dir DIR] [--runs N] [--join N] [--python PY] [--no-vader] [--install-vader] [--dump FILE.tsv] "
            + "[--profile score|analyze|bytes|hot [--seconds S | --passes N]] [--exact FILE [--texts HEXFILE]]",
        run: run)

    static func run(_ arguments: [String]) -> Int32 {
        guard let options = BenchOptions(arguments, valued: ["--dev-dir", "--runs", "--python", "--dump", "--profile", "--seconds",
                                                                   "--exact", "--texts", "--passes", "--join"],
                                         flags: ["--no-vader", "--install-vader"]) else { return 2 }
        let runs = Int(options.value("--runs") ?? "5") ?? 5
        guard runs >= 1 else {
            printError("--runs must be a whole number of at least 1")
            return 2
        }
        let join = Int(options.value("--join") ?? "1") ?? 0
        guard join >= 1 else {
            printError("--join must be a whole number of at least 1 (the dev sentences joined into one text)")
            return 2
        }
        if join > 1, options.value("--dump") != nil {
            printError("--dump writes each sentence with its gold label: leave out --join")
            return 2
        }
        do {
            let devSet = try DevSet.load(directory: options.value("--dev-dir") ?? DevSet.defaultDirectory).joined(every: join)
            if let output = options.value("--exact") {
                try SentimentFingerprint.run(devSentences: devSet.allSentences, textsPath: options.value("--texts"),
                                             output: output)
                return 0
            }
            if let mode = options.value("--profile") {
                let seconds = Double(options.value("--seconds") ?? "10") ?? 10
                let passes = options.value("--passes").flatMap { Int($0) }
                return SentimentProfile.run(devSet.allSentences, mode: mode, seconds: seconds, passes: passes)
            }
            let python = options.value("--python") ?? "python3"
            if options.has("--install-vader"), !VaderBaseline.install(python: python) {
                printError("pip could not install vaderSentiment==3.3.2; run '\(VaderBaseline.installHint)' yourself")
            }
            let report = try measure(devSet, runs: runs, python: options.has("--no-vader") ? nil : python)
            report.print()
            if let dump = options.value("--dump") { try report.dump(to: dump) }
            return 0
        } catch {
            printError("\(error)")
            return 1
        }
    }

    /// Passes over the dev set in one timed run of earshot: one pass takes about 1.2 ms, so a
    /// single interruption of a shared machine was most of a run and moved the median by a third;
    /// sixteen make a run of about 20 ms (VADER's one pass is about 90 ms).
    static let passesPerRun = 16

    private static func measure(_ devSet: DevSet, runs: Int, python: String?) throws -> SentimentReport {
        let sentences = devSet.allSentences
        let tagger = SentimentTagger()
        _ = tagger.analyze("warm up the shared lexicon")
        let analyses = sentences.map { tagger.analyze($0) }
        var checksum = 0.0
        let passes = passesPerRun
        let scoreSeconds = Timing.measure(runs: runs) {
            for _ in 0..<passes { for sentence in sentences { checksum += tagger.score(sentence).score } }
        }
        let analyzeSeconds = Timing.measure(runs: runs) {
            for _ in 0..<passes { for sentence in sentences { checksum += tagger.analyze(sentence).score } }
        }
        let (buffer, ranges) = SentimentProfile.concatenated(sentences)
        let bytesSeconds = buffer.withUnsafeBufferPointer { all in
            Timing.measure(runs: runs) {
                for _ in 0..<passes {
                    for range in ranges { checksum += tagger.score(utf8: UnsafeBufferPointer(rebasing: all[range])).score }
                }
            }
        }
        var report = SentimentReport(devSet: devSet, analyses: analyses, scoreSeconds: scoreSeconds,
                                     analyzeSeconds: analyzeSeconds, bytesSeconds: bytesSeconds, runs: runs,
                                     passesPerRun: passes)
        report.checksum = checksum
        if let python {
            report.vader = try VaderBaseline.run(sentences: sentences, runs: runs, python: python)
        }
        return report
    }
}
