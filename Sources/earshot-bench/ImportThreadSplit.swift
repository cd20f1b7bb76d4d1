import Foundation

/// How one `earshot import` split its CPU between the reading side (the reading thread, and the
/// tagging it hands to other threads), the search thread (a big import into an empty store builds
/// its item search index there) and the rest (the writer), from the lines the import prints to
/// standard error when `EARSHOT_IMPORT_THREAD_CPU` is set.
struct ImportThreadSplit {
    /// The environment variable that asks `earshot import` for the line.
    static let variable = "EARSHOT_IMPORT_THREAD_CPU"

    /// CPU seconds of the reading thread plus its tagging on other threads.
    var readingCPU: Double
    /// CPU seconds of the thread that built the item search index aside; nil when the import
    /// indexed in the writer (a small import, a store with items, or an older binary).
    var searchCPU: Double?
    /// Wall seconds the writer waited to hand the search thread a window.
    var searchWaited = 0.0
    /// CPU seconds of everything else in the process: the writer, start-up and the end.
    var otherCPU: Double
    /// Wall seconds the reading thread waited for the writer to take a window.
    var readingWaited: Double
    /// Wall seconds from the start of reading until the writer had its first window.
    var firstWindow: Double

    /// The split of `run`, nil when the import printed no figures (an older binary).
    init?(_ run: ChildRun) {
        let values = Self.figures(in: run.errorText, prefix: "import reading:")
        guard let thread = values["reading-thread-cpu"], let elsewhere = values["tagging-cpu-other-threads"] else {
            return nil
        }
        readingCPU = thread + elsewhere
        let search = Self.figures(in: run.errorText, prefix: "import search:")
        searchCPU = search["search-thread-cpu"]
        searchWaited = search["writer-waited-wall"] ?? 0
        otherCPU = run.cpuSeconds - readingCPU - (searchCPU ?? 0)
        readingWaited = values["waiting-for-writer-wall"] ?? 0
        firstWindow = values["first-window-wall"] ?? 0
    }

    /// The `name=number` pairs of the last line of `text` that starts with `prefix`.
    private static func figures(in text: String, prefix: String) -> [String: Double] {
        guard let line = text.split(separator: "\n").last(where: { $0.hasPrefix(prefix) }) else { return [:] }
        var values: [String: Double] = [:]
        for pair in line.split(separator: " ") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2, let value = Double(parts[1]) { values[String(parts[0])] = value }
        }
        return values
    }

    /// For a run's line: the two sides' CPU against the wall time (overlapping sides make the
    /// wall nearer the larger than their sum).
    func describe(wallSeconds: Double) -> String {
        let search = searchCPU.map {
            "search thread \(Figure.format($0)) s CPU (the writer waited \(Figure.format(searchWaited)) s for it), "
        }
        return "reading side \(Figure.format(readingCPU)) s CPU (first window after \(Figure.format(firstWindow)) s, "
            + "then waited \(Figure.format(readingWaited)) s for the writer), " + (search ?? "")
            + "writer and the rest \(Figure.format(otherCPU)) s CPU, wall \(Figure.format(wallSeconds)) s"
    }
}
