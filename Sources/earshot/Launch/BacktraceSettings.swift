import Foundation

/// Keeps the Swift runtime's crash reporter from asking questions on a terminal.
///
/// On a terminal the backtracer prints "Press space to interact, D to debug, or any other key to
/// quit (30s)" after a crash. The runtime reads `SWIFT_BACKTRACE` once, before `main`, so setting it
/// later has no effect: when it is unset and we are on a terminal, earshot starts itself again
/// with `interactive=no`. The crash handler then prints its one line and a plain report after the
/// terminal is restored.
enum BacktraceSettings {
    static func ensureNonInteractive() {
        guard getenv("SWIFT_BACKTRACE") == nil, isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { return }
        setenv("SWIFT_BACKTRACE", "interactive=no", 1)
        // The real path, not /proc/self/exe, so that `ps` still names the process earshot.
        // On failure (no /proc, say) execv returns and earshot simply goes on with the prompt.
        guard let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return }
        execv(path, CommandLine.unsafeArgv)
    }
}
