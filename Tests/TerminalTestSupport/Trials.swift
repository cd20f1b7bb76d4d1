import Foundation

/// How many trials a repeated test runs: the full count of the checklist when
/// `EARSHOT_FULL_TRIALS=1`, else a smaller one that keeps the suite within CI's time.
public enum Trials {
    public static var isFull: Bool {
        ProcessInfo.processInfo.environment["EARSHOT_FULL_TRIALS"] == "1"
    }

    /// `full` when `EARSHOT_FULL_TRIALS=1`, else `ci`.
    public static func count(ci: Int, full: Int) -> Int {
        isFull ? full : ci
    }

    /// "10 (CI count; EARSHOT_FULL_TRIALS=1 runs 50)" or "50 (full count)", for printed figures.
    public static func label(_ count: Int, full: Int) -> String {
        isFull ? "\(count) (full count)" : "\(count) (CI count; EARSHOT_FULL_TRIALS=1 runs \(full))"
    }
}
