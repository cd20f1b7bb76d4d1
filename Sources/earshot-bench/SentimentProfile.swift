import Sentiment

/// `earshot-bench sentiment --profile MODE`: tags the dev sentences over and over for a while,
/// for a profiler (perf, valgrind) to watch. Modes: `score` and `analyze` (the String API),
/// `bytes` (`score(utf8:)` over one buffer holding every sentence), `hot` (`score` on one
/// sentence repeated, so that caches and branch predictors are warm).
enum SentimentProfile {
    /// Runs for `seconds` of thread CPU time, or exactly `passes` passes when given (the same
    /// work every time, for instruction counts).
    static func run(_ sentences: [String], mode: String, seconds: Double, passes wanted: Int? = nil) -> Int32 {
        let tagger = SentimentTagger()
        var checksum = 0.0
        var passes = 0
        let start = Timing.threadCPUSeconds()
        let probe = sentences.count > 5 ? sentences[5] : sentences.first ?? ""
        let hot = Array(repeating: probe, count: sentences.count)
        let (buffer, ranges) = concatenated(sentences)
        var passTimes: [Double] = []
        while wanted.map({ passes < $0 }) ?? (Timing.threadCPUSeconds() - start < seconds) {
            let passStart = Timing.threadCPUSeconds()
            switch mode {
            case "analyze":
                for sentence in sentences { checksum += tagger.analyze(sentence).score }
            case "bytes":
                buffer.withUnsafeBufferPointer { all in
                    for range in ranges { checksum += tagger.score(utf8: UnsafeBufferPointer(rebasing: all[range])).score }
                }
            case "hot":
                for sentence in hot { checksum += tagger.score(sentence).score }
            case "score":
                for sentence in sentences { checksum += tagger.score(sentence).score }
            default:
                printError("unknown profile mode '\(mode)': use score, analyze, bytes or hot")
                return 2
            }
            passTimes.append(Timing.threadCPUSeconds() - passStart)
            passes += 1
        }
        let elapsed = Timing.threadCPUSeconds() - start
        guard passes > 0 else {
            // `--passes 0`: the set-up alone, the baseline a profiler's count of a run subtracts.
            print("profiled \(mode): 0 passes of \(sentences.count) sentences")
            return 0
        }
        // The fastest pass: what the code does when nothing else on the machine gets in its way
        // (other work only ever slows a pass down), for comparing two builds on a busy machine.
        let best = passTimes.min() ?? elapsed
        print("profiled \(mode): \(passes) passes of \(sentences.count) sentences, "
            + "\(Int(Double(passes * sentences.count) / elapsed)) per second of thread CPU time, "
            + "fastest pass \(Int(Double(sentences.count) / best)) per second, "
            + "median pass \(Int(Double(sentences.count) / Timing.median(passTimes))) per second (checksum \(checksum))")
        return 0
    }

    /// Every sentence in one buffer, one per line, with the byte range of each.
    static func concatenated(_ sentences: [String]) -> ([UInt8], [Range<Int>]) {
        var buffer: [UInt8] = []
        var ranges: [Range<Int>] = []
        for sentence in sentences {
            let start = buffer.count
            buffer.append(contentsOf: sentence.utf8)
            ranges.append(start..<buffer.count)
            buffer.append(0x0A)
        }
        return (buffer, ranges)
    }
}
