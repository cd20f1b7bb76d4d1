import Dispatch
import Sentiment

/// Tags every item with sentiment before the write transaction starts, spread over the cores,
/// so the store's write lock is held only for the inserts.
enum ItemTagging {
    /// Items per unit of parallel work: large enough to amortise scheduling, small enough to balance.
    static let chunkSize = 512

    static func tag(_ records: inout [ImportRecord], tagger: SentimentTagger, progress: (@Sendable (ImportProgress) -> Void)?) {
        let positions = records.indices.filter { if case .item = records[$0].body { true } else { false } }
        guard !positions.isEmpty else { return }
        let texts = positions.map { position -> String in
            if case .item(let item) = records[position].body { return item.text }
            return ""
        }
        let results = analyse(texts, tagger: tagger, progress: progress)
        for (position, result) in zip(positions, results) {
            guard case .item(var item) = records[position].body else { continue }
            item.sentiment = result
            records[position].body = .item(item)
        }
    }

    /// The analysis of each text and its JSON, in order.
    private static func analyse(_ texts: [String], tagger: SentimentTagger, progress: (@Sendable (ImportProgress) -> Void)?)
        -> [TaggedSentiment] {
        let chunkCount = (texts.count + chunkSize - 1) / chunkSize
        let results = ResultSlots(count: chunkCount)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let range = chunk * chunkSize..<min(texts.count, (chunk + 1) * chunkSize)
            let tagged = range.map { TaggedSentiment(tagger.analyze(texts[$0])) }
            let finished = results.store(tagged, at: chunk)
            progress?(ImportProgress(phase: .tagging, done: min(texts.count, finished * chunkSize), total: texts.count))
        }
        return results.joined()
    }
}
