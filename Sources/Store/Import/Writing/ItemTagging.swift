import Dispatch
import Sentiment

/// Tags items with sentiment one window of records at a time, spread over the cores, just
/// before the window is written, so only one window's analyses are ever held in memory.
enum ItemTagging {
    /// Items per unit of parallel work: large enough to amortise scheduling, small enough to balance.
    static let chunkSize = 512
    /// Records tagged and then written together: enough chunks to keep every core busy, and few
    /// enough that the windows in flight (one being read, those queued, one being written) stay
    /// small: at a million items 4,096 took peak RSS 149 -> 132 MB against 8,192, for no CPU
    /// that showed beyond the machine's noise.
    static let windowSize = 4096

    /// Sets the sentiment of every item in `records`.
    static func tag(_ records: inout [ImportRecord], tagger: SentimentTagger, cpu: ReadingCPU? = nil) {
        var positions: [Int] = []
        var texts: [String] = []
        for position in records.indices {
            guard let text = records[position].body.itemText else { continue }
            positions.append(position)
            texts.append(text)
        }
        guard !positions.isEmpty else { return }
        let results = analyse(texts, tagger: tagger, cpu: cpu)
        for (position, result) in zip(positions, results) {
            records[position].body.setSentiment(result)
        }
    }

    /// The analysis of each text and its JSON, in order.
    private static func analyse(_ texts: [String], tagger: SentimentTagger, cpu: ReadingCPU?) -> [TaggedSentiment] {
        let chunkCount = (texts.count + chunkSize - 1) / chunkSize
        let results = ResultSlots(count: chunkCount)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let started = ThreadCPU.seconds()
            let range = chunk * chunkSize..<min(texts.count, (chunk + 1) * chunkSize)
            _ = results.store(range.map { TaggedSentiment(tagger.analyze(texts[$0]), text: texts[$0]) }, at: chunk)
            cpu?.addTagging(ThreadCPU.seconds() - started)
        }
        return results.joined()
    }
}
