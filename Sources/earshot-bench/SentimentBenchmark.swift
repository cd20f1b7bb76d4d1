import Foundation
import Sentiment

/// `earshot-bench sentiment`: accuracy on the labelled dev set and single-core throughput,
/// earshot's tagger side by side with VADER 3.3.2 in the same run.
enum SentimentBenchmark {
    static let entry = Benchmarks.Entry(
        name: "sentiment",
        summary: "tagger accuracy on the dev set and throughput, next to VADER 3.3.2",
        usage: "sentiment [--dev-dir DIR] [--runs N] [--python PY] [--no-vader] [--install-vader] [--dump FILE.tsv] "
            + "[--profile score|analyze|score-hot|analyze-hot|score-copies] (loop for 10 s, for a profiler)",
        run: run)

    static func run(_ arguments: [String]) -> Int32 {
        guard let options = BenchOptions(arguments, valued: ["--dev-dir", "--runs", "--python", "--dump", "--profile"],
                                         flags: ["--no-vader", "--install-vader"]) else { return 2 }
        let runs = Int(options.value("--runs") ?? "5") ?? 5
        guard runs >= 1 else {
            printError("--runs must be a whole number of at least 1")
            return 2
        }
        do {
            let devSet = try DevSet.load(directory: options.value("--dev-dir") ?? DevSet.defaultDirectory)
            if let mode = options.value("--profile") {
                let probe = mode.hasSuffix("-tiny") ? "a" : devSet.allSentences[5]
                let sentences = mode.hasSuffix("-hot") || mode.hasSuffix("-tiny") ? Array(repeating: probe, count: 3000)
                    : mode.hasSuffix("-copies") ? (0..<3000).map { String(probe.utf8.map { Character(Unicode.Scalar($0)) }) + ($0 < 0 ? "" : "") }
                    : devSet.allSentences
                return profile(sentences, mode: mode)
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

    /// Tags the sentences over and over for ten seconds, for a profiler to watch.
    private static func profile(_ sentences: [String], mode: String) -> Int32 {
        let tagger = SentimentTagger()
        var checksum = 0.0
        let start = Timing.threadCPUSeconds()
        var passes = 0
        let analyze = mode.hasPrefix("analyze")
        while Timing.threadCPUSeconds() - start < (ProcessInfo.processInfo.environment["PROFILE_SECONDS"].flatMap(Double.init) ?? 3) {
            if analyze {
                for sentence in sentences { checksum += tagger.analyze(sentence).score }
            } else {
                for sentence in sentences { checksum += tagger.score(sentence).score }
            }
            passes += 1
        }
        let seconds = Timing.threadCPUSeconds() - start
        print("profiled \(mode): \(passes) passes of \(sentences.count), \(Int(Double(passes * sentences.count) / seconds)) per second, checksum \(checksum)")
        return 0
    }

    private static func measure(_ devSet: DevSet, runs: Int, python: String?) throws -> SentimentReport {
        let sentences = devSet.allSentences
        let tagger = SentimentTagger()
        _ = tagger.analyze("warm up the shared lexicon")
        let analyses = sentences.map { tagger.analyze($0) }
        var checksum = 0.0
        let scoreSeconds = Timing.measure(runs: runs) {
            for sentence in sentences { checksum += tagger.score(sentence).score }
        }
        let analyzeSeconds = Timing.measure(runs: runs) {
            for sentence in sentences { checksum += tagger.analyze(sentence).score }
        }
        var report = SentimentReport(devSet: devSet, analyses: analyses, scoreSeconds: scoreSeconds,
                                     analyzeSeconds: analyzeSeconds, runs: runs)
        report.checksum = checksum
        if let python {
            report.vader = try VaderBaseline.run(sentences: sentences, runs: runs, python: python)
        }
        return report
    }
}
