#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Timing helpers: CPU time of the calling thread (so that other processes on the shared
/// machine do not count against us), medians of repeated runs.
enum Timing {
    /// Seconds of CPU time this thread has used.
    static func threadCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// Runs `body` `runs` times, after one untimed run, and returns each timed run's thread CPU
    /// time in seconds. The untimed run warms the body's code and data, so that no timed run
    /// pays for the first touch (the report says the runs follow an untimed pass).
    static func measure(runs: Int, _ body: () -> Void) -> [Double] {
        body()
        var seconds: [Double] = []
        for _ in 0..<runs {
            let start = threadCPUSeconds()
            body()
            seconds.append(threadCPUSeconds() - start)
        }
        return seconds
    }

    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
