import Foundation

/// Runs a program (tmux, tput, earshot for scripts) to completion and returns what it printed.
///
/// Not Foundation's `Process`: on Linux its children inherit the test thread's blocked signals,
/// so the tmux server, the shell and earshot under it would never see SIGHUP or SIGTERM.
/// `posix_spawn` here starts them with an empty signal mask and default handlers, as a login
/// shell would, and output goes to a file (a tmux server outlives its client and keeps fds).
public enum Command {
    @discardableResult
    public static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let (status, text) = try result(executable, arguments)
        guard status == 0 else {
            throw E2EError("\(executable) \(arguments.joined(separator: " ")) failed (status \(status)): \(text)")
        }
        return text
    }

    /// Runs the program with no terminal at all (stdin /dev/null, stdout and stderr a file) and
    /// returns its exit status and everything it printed, whatever the status.
    public static func result(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("earshot-e2e-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: output) }
        let status = try spawnAndWait(executable, arguments, outputPath: output.path)
        return (status, (try? String(contentsOf: output, encoding: .utf8)) ?? "")
    }

    private static func spawnAndWait(_ executable: String, _ arguments: [String], outputPath: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        sigdelset(&allSignals, SIGKILL)
        sigdelset(&allSignals, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw E2EError("cannot start \(executable): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw E2EError("lost \(executable) (pid \(pid)): errno \(errno)") }
        }
        // WIFEXITED / WEXITSTATUS, which Swift cannot import as macros.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}
