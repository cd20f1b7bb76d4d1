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
    private let startedWall = DispatchTime.now().uptimeNanoseconds
    /// Wall seconds from the start of reading until the first window was queued for the writer.
    private var firstWindow: Double?

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

    /// A window is about to be queued: the first one ends the writer's wait at the start.
    func windowReady() {
        lock.lock()
        defer { lock.unlock() }
        if firstWindow == nil { firstWindow = Double(DispatchTime.now().uptimeNanoseconds - startedWall) / 1e9 }
    }

    /// One line of figures, taken on the reading thread when it is done.
    func summary(records: Int) -> String {
        let total = ThreadCPU.seconds() - started
        lock.lock()
        defer { lock.unlock() }
        let parsing = total - taggingHere
        let figures = [("reading-thread-cpu", total), ("parsing-cpu", parsing),
                       ("tagging-cpu", taggingHere + taggingElsewhere),
                       ("tagging-cpu-other-threads", taggingElsewhere), ("waiting-for-writer-wall", waiting),
                       ("first-window-wall", firstWindow ?? 0)]
        return "import reading: records=\(records) " + figures.map { "\($0.0)=\(String(format: "%.3f", $0.1))" }
            .joined(separator: " ")
    }

    /// Whether this process was asked to print the figures.
    static var isRequested: Bool {
        ProcessInfo.processInfo.environment[variable] != nil
    }
}
