import Foundation

/// The CPU time of the calling thread, to tell how an import's work splits between its threads.
enum ThreadCPU {
    /// Seconds of CPU the calling thread has used so far (user and system).
    static func seconds() -> Double {
        var time = timespec()
        guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time) == 0 else { return 0 }
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
