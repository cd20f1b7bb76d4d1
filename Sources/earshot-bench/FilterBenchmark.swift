import Foundation
import Store

/// `earshot-bench filter`: the store's share of filtering as you type, in this process: for each
/// keystroke, parse the query typed so far and load what the dashboard loads for it (the review
/// list's first window, its count, and the header's counts).
enum FilterBenchmark {
    static let entry = Benchmarks.Entry(
        name: "filter",
        summary: "per-keystroke query parsing and list loading in the store (what '/' asks of it)",
        usage: "filter \(StoreBenchOptions.usage) [--store PATH] [--each]   (--each: every keystroke's time)",
        run: run)

    /// The dashboard's smallest row window (`Reducer.minimumWindow`).
    static let window = 200

    static func run(_ arguments: [String]) -> Int32 {
        StoreBenchOptions.run(arguments, command: "filter", defaultRuns: 3, valued: ["--store"], flags: ["--each"], measure: measure)
    }

    static func measure(_ options: StoreBenchOptions) throws -> [Figure] {
        let path = try options.options.value("--store") ?? StoreBuilder.ensureStore(options)
        let store = try EarshotStore.open(at: path)
        var samples: [Double] = [], cpu: [Double] = []
        for _ in 1...options.runs {
            for query in DashboardBenchmark.filterQueries {
                for length in 1...query.count {
                    let text = String(query.prefix(length))
                    let cpuStart = Timing.processCPUSeconds()
                    samples.append(try keystroke(text, store: store) * 1000)
                    cpu.append((Timing.processCPUSeconds() - cpuStart) * 1000)
                    if options.options.has("--each") { print("  '\(text)': \(Figure.format(samples[samples.count - 1])) ms") }
                }
            }
        }
        return [Figure(name: "filter keystroke (store)", unit: "ms", samples: samples,
                       method: "in-process wall time per keystroke on \(options.items) items, \(options.runs) rounds: "
                           + "Query(parsing:) of the text typed so far, then reviewRows (first \(window) rows), reviewCount "
                           + "and attention; a text that does not parse or apply yet (\"status:n\") costs only that check; "
                           + DashboardBenchmark.filterQueries.map { "'\($0)'" }.joined(separator: ", "),
                       budget: 50, budgetOn: 0.95),
                Figure(name: "filter keystroke CPU (store)", unit: "ms", samples: cpu,
                       method: "process CPU time of the same keystrokes: what other processes on the machine cannot inflate")]
    }

    /// Seconds to parse `text` and load the review list's first window and counts for it.
    static func keystroke(_ text: String, store: EarshotStore) throws -> Double {
        let started = Timing.now()
        guard let query = try? Query(parsing: text) else { return Timing.now() - started }
        let filter = ListFilter(query: query)
        do {
            _ = try store.reviewRows(filter, offset: 0, limit: window)
        } catch is QueryError {
            // A term not finished yet ("status:n"): the dashboard keeps the last good filter.
            return Timing.now() - started
        }
        _ = try store.reviewCount(filter)
        _ = try store.attention(filter, now: Date())
        return Timing.now() - started
    }
}
