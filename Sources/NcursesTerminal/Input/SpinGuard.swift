/// Notices when reading keys fails at once, again and again: the terminal is gone.
///
/// After an SSH drop `wget_wch` returns `ERR` immediately instead of after the timeout; a loop
/// that took that for "no key yet" would spin at 100 % CPU for days (sngrep, cfdisk). The tty
/// check in `cnc_input_is_gone` usually sees the hangup first; this guard covers what it misses.
struct SpinGuard {
    /// Consecutive early failures that mean "gone".
    static let limit = 20
    private(set) var earlyFailures = 0

    /// Records a failed read that waited `elapsed` ms of the `timeout` asked for; returns true
    /// when the reads have failed early too often in a row to be anything but a dead terminal.
    mutating func recordFailure(elapsedMilliseconds elapsed: Int, timeoutMilliseconds timeout: Int) -> Bool {
        let early = timeout < 0 || (timeout >= 10 && elapsed * 2 < timeout)
        earlyFailures = early ? earlyFailures + 1 : 0
        return earlyFailures >= Self.limit
    }

    /// A key arrived: the terminal is alive.
    mutating func reset() {
        earlyFailures = 0
    }
}
