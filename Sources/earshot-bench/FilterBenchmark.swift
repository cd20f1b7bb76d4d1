import Foundation
import Store

/// `earshot-bench filter`: the store's share of filtering as you type, in this process: for each
/// keystroke, parse the query typed so far and load what the dashboard loads for it (the review
/// list's first window, then its count).
///
/// The frame with the filtered rows is drawn once the window is read; the list's count follows
/// in the next frame, so the two are timed apart as well as together.
enum FilterBenchmark {
    static let entry = Benchmarks.Entry(
        name: "filter",
        summary: "per-keystroke query parsing and list loading in the store (what '/' asks of it)",
        usage: "filter \(StoreBenchOptions.usage) [--store PATH] [--each]   (--each: every keystroke's time)",
        run: run)

    /// The dashboard's smallest row window (`Reducer.minimumWindow`).
    static let window = 200

    /// One keystroke's times in milliseconds: to the first window of rows, then the count.
    struct Keystroke {
        var rows = 0.0
        var count = 0.0
        var cpu = 0.0
        var total: Double { rows + count }
    }

    static func run(_ arguments: [String]) -> Int32 {
        StoreBenchOptions.run(arguments, command: "filter", defaultRuns: 3, valued: ["--store"], flags: ["--each"], measure: measure)
    }

    static func measure(_ options: StoreBenchOptions) throws -> [Figure] {
        let path = try options.options.value("--store") ?? StoreBuilder.ensureStore(options)
        let store = try EarshotStore.open(at: path)
        var keystrokes: [Keystroke] = []
        for _ in 1...options.runs {
            for query in DashboardBenchmark.filterQueries {
                for length in 1...query.count {
                    let text = String(query.prefix(length))
                    let timed = try keystroke(text, store: store)
                    keystrokes.append(timed)
                    if options.options.has("--each") {
                        print("  '\(text)': rows \(Figure.format(timed.rows)) ms, count \(Figure.format(timed.count)) ms")
                    }
                }
            }
        }
        let typed = "\(options.items) items, \(options.runs) rounds of typing "
            + DashboardBenchmark.filterQueries.map { "'\($0)'" }.joined(separator: ", ")
            + " a character at a time; a text that does not parse or apply yet (\"status:n\") costs only that check"
        return [Figure(name: "filter keystroke (store)", unit: "ms", samples: keystrokes.map(\.rows),
                       method: "in-process wall time per keystroke on \(typed): Query(parsing:) of the text typed so far (its last word as a prefix, as the dashboard reads it), "
                           + "then reviewRows (first \(window) rows), what the frame after the keystroke waits for",
                       budget: 50, budgetOn: 0.95),
                Figure(name: "filter keystroke to count (store)", unit: "ms", samples: keystrokes.map(\.total),
                       method: "the same, then reviewCount: when the list's count in the next frame is known"),
                Figure(name: "filter keystroke CPU (store)", unit: "ms", samples: keystrokes.map(\.cpu),
                       method: "process CPU time of rows and count: what other processes on the machine cannot inflate")]
    }

    /// Parses `text` and loads the review list's first window, then its count.
    static func keystroke(_ text: String, store: EarshotStore) throws -> Keystroke {
        let cpuStart = Timing.processCPUSeconds()
        var timed = Keystroke()
        let started = Timing.now()
        let filter = try firstWindow(text, store: store)
        let rowsDone = Timing.now()
        timed.rows = (rowsDone - started) * 1000
        if let filter {
            _ = try store.reviewCount(filter)
            timed.count = (Timing.now() - rowsDone) * 1000
        }
        timed.cpu = (Timing.processCPUSeconds() - cpuStart) * 1000
        return timed
    }

    /// Loads the first window for `text`; nil when the text does not parse or apply yet
    /// ("status:n"), where the dashboard keeps the last good filter.
    private static func firstWindow(_ text: String, store: EarshotStore) throws -> ListFilter? {
        guard let query = try? Query(parsing: text).matchingTypedWordAsPrefix() else { return nil }
        let filter = ListFilter(query: query)
        do {
            _ = try store.reviewRows(filter, offset: 0, limit: window)
        } catch is QueryError {
            return nil
        }
        return filter
    }
}
