import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One run of another program to completion: its exit status, wall time, CPU time and peak
/// resident memory as the kernel counted them (`wait4`'s rusage).
struct ChildRun {
    var status: Int32
    var wallSeconds: Double
    var cpuSeconds: Double
    /// Peak resident set size in bytes (`ru_maxrss`).
    var peakRSS: Int
    /// What it wrote to standard error (standard output is discarded).
    var errorText: String

    /// Runs `executable` with `arguments`; standard input is /dev/null.
    static func run(_ executable: String, _ arguments: [String]) throws -> ChildRun {
        let errorPath = NSTemporaryDirectory() + "/earshot-bench-stderr-\(getpid())"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let started = Timing.now()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchError("cannot start \(executable): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let wall = Timing.now() - started
        let errorText = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        unlink(errorPath)
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        let exited = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return ChildRun(status: exited, wallSeconds: wall, cpuSeconds: cpu, peakRSS: usage.ru_maxrss * 1024,
                        errorText: errorText)
    }
}
