import Foundation

/// How one `earshot import` split its CPU between the reading side (the reading thread, and the
/// tagging it hands to other threads) and the rest (the writer), from the line the import prints
/// to standard error when `EARSHOT_IMPORT_THREAD_CPU` is set.
struct ImportThreadSplit {
    /// The environment variable that asks `earshot import` for the line.
    static let variable = "EARSHOT_IMPORT_THREAD_CPU"

    /// CPU seconds of the reading thread plus its tagging on other threads.
    var readingCPU: Double
    /// CPU seconds of everything else in the process: the writer, start-up and the end.
    var otherCPU: Double
    /// Wall seconds the reading thread waited for the writer to take a window.
    var readingWaited: Double
    /// Wall seconds from the start of reading until the writer had its first window.
    var firstWindow: Double

    /// The split of `run`, nil when the import printed no figures (an older binary).
    init?(_ run: ChildRun) {
        guard let line = run.errorText.split(separator: "\n").last(where: { $0.hasPrefix("import reading:") }) else {
            return nil
        }
        var values: [String: Double] = [:]
        for pair in line.split(separator: " ") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2, let value = Double(parts[1]) { values[String(parts[0])] = value }
        }
        guard let thread = values["reading-thread-cpu"], let elsewhere = values["tagging-cpu-other-threads"] else {
            return nil
        }
        readingCPU = thread + elsewhere
        otherCPU = run.cpuSeconds - readingCPU
        readingWaited = values["waiting-for-writer-wall"] ?? 0
        firstWindow = values["first-window-wall"] ?? 0
    }

    /// For a run's line: the two sides' CPU against the wall time (overlapping sides make the
    /// wall nearer the larger than their sum).
    func describe(wallSeconds: Double) -> String {
        "reading side \(Figure.format(readingCPU)) s CPU (first window after \(Figure.format(firstWindow)) s, "
            + "then waited \(Figure.format(readingWaited)) s for the writer), "
            + "writer and the rest \(Figure.format(otherCPU)) s CPU, wall \(Figure.format(wallSeconds)) s"
    }
}
