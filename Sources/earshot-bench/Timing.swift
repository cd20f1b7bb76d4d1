/// Wall-clock timing helpers: medians of repeated runs.
enum Timing {
    /// Runs `body` `runs` times and returns each run's duration in seconds.
    static func measure(runs: Int, _ body: () -> Void) -> [Double] {
        let clock = ContinuousClock()
        var seconds: [Double] = []
        for _ in 0..<runs {
            let elapsed = clock.measure(body)
            seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
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
