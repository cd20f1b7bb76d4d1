import Foundation

/// A program a test starts (earshot, a store worker, tmux), with its output (stdout and stderr)
/// in a file, that the test waits for or kills.
///
/// Started with `posix_spawn`, an empty signal mask and default signal handlers, as a shell
/// would: Foundation's `Process` on Linux passes on the test thread's blocked signals, so a
/// child would never see SIGHUP or SIGTERM. Output goes to a file, not a pipe, because a tmux
/// server outlives its client and keeps its descriptors.
public struct ChildProcess: Sendable {
    public let pid: pid_t
    public let outputPath: String

    /// The folder `swift build` and `swift test` put every product in: the test bundle's own.
    public static let productsFolder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        .deletingLastPathComponent().path

    /// The path of a built executable, or an error saying to build it.
    public static func product(_ name: String) throws -> String {
        let path = productsFolder + "/" + name
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw E2EError("no \(name) at \(path): run `swift build` (or `swift test`, which builds it) first")
        }
        return path
    }

    /// Starts `executable` with the test's environment plus `environment`.
    public static func start(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
                             stdin: String = "/dev/null") throws -> ChildProcess {
        let output = NSTemporaryDirectory() + "/earshot-child-\(UUID().uuidString).out"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
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
        let merged = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw E2EError("cannot start \(executable): error \(spawned)") }
        return ChildProcess(pid: pid, outputPath: output)
    }

    /// Waits for the exit: the status (128 + signal when killed) and everything it printed.
    public func wait() throws -> (status: Int32, output: String) {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw E2EError("lost pid \(pid): errno \(errno)") }
        }
        defer { unlink(outputPath) }
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift cannot import as macros.
        return (status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F), output)
    }

    public func kill9() {
        kill(pid, SIGKILL)
    }

    /// Runs to the end.
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
                    stdin: String = "/dev/null") throws -> (status: Int32, output: String) {
        try start(executable, arguments, environment: environment, stdin: stdin).wait()
    }
}
