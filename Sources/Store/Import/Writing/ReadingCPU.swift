import Foundation

/// Where the reading side of an import spent its time, by thread: what `earshot-bench import`
/// reports (through `EARSHOT_IMPORT_THREAD_CPU`) to tell whether reading or writing bounds an
/// import, and whether the two overlap.
final class ReadingCPU: @unchecked Sendable {
    /// The environment variable that makes an import print these figures to standard error.
    static let variable = "EARSHOT_IMPORT_THREAD_CPU"

    private let lock = NSLock()
    private let readingThread = pthread_self()
    private let started = ThreadCPU.seconds()
    private var taggingHere = 0.0
    private var taggingElsewhere = 0.0
    private var waiting = 0.0

    /// Counts `seconds` of tagging CPU spent on the calling thread.
    func addTagging(_ seconds: Double) {
        let here = pthread_equal(pthread_self(), readingThread) != 0
        lock.lock()
        defer { lock.unlock() }
        if here { taggingHere += seconds } else { taggingElsewhere += seconds }
    }

    /// Counts `seconds` of wall time the reading thread waited for the writer to take a window.
    func addWaiting(_ seconds: Double) {
        lock.lock()
        defer { lock.unlock() }
        waiting += seconds
    }

    /// One line of figures, taken on the reading thread when it is done.
    func summary(records: Int) -> String {
        let total = ThreadCPU.seconds() - started
        lock.lock()
        defer { lock.unlock() }
        let parsing = total - taggingHere
        let figures = [("reading-thread-cpu", total), ("parsing-cpu", parsing),
                       ("tagging-cpu", taggingHere + taggingElsewhere),
                       ("tagging-cpu-other-threads", taggingElsewhere), ("waiting-for-writer-wall", waiting)]
        return "import reading: records=\(records) " + figures.map { "\($0.0)=\(String(format: "%.3f", $0.1))" }
            .joined(separator: " ")
    }

    /// Whether this process was asked to print the figures.
    static var isRequested: Bool {
        ProcessInfo.processInfo.environment[variable] != nil
    }
}
