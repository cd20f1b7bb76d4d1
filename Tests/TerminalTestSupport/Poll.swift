import Foundation

/// Waiting for something another process does, checking every 100 ms up to a limit.
public enum Poll {
    /// Returns true as soon as `condition` holds, false when `seconds` passed without it.
    public static func until(seconds: Double, every interval: Double = 0.1, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            if condition() { return true }
            if Date() >= deadline { return false }
            Thread.sleep(forTimeInterval: interval)
        }
    }
}
