import Foundation

/// A tmux server of its own, running one shell in a window of a given size, driven like a person would.
///
/// Each session gets a private server socket (`tmux -L`), so tests never touch the user's tmux,
/// no config file is read (`-f /dev/null`), and the shell's config, data and temporary folders
/// (`XDG_CONFIG_HOME`, `XDG_DATA_HOME`, `TMPDIR`) are empty ones in ``scratch``. ``kill()`` ends
/// the whole server and removes the socket and the scratch folder.
public struct TmuxSession {
    public let socket: String
    public let target = "e2e"
    /// A folder of this session's own, removed by ``kill()``.
    public let scratch: URL

    /// True when a `tmux` executable is on the PATH.
    public static var isInstalled: Bool { executable(named: "tmux") != nil }

    /// Starts `bash --norc --noprofile` in a detached window of `width`×`height` cells.
    public static func start(width: Int, height: Int, directory: String, environment: [String: String]) throws -> TmuxSession {
        let name = "earshot-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(name)
        let session = TmuxSession(socket: name, scratch: scratch)
        try FileManager.default.createDirectory(at: session.temporaryFolder, withIntermediateDirectories: true)
        var arguments = ["new-session", "-d", "-s", session.target, "-x", "\(width)", "-y", "\(height)", "-c", directory]
        let settings = [
            "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "HISTFILE": "/dev/null",
            "XDG_CONFIG_HOME": scratch.appendingPathComponent("config").path,
            "XDG_DATA_HOME": scratch.appendingPathComponent("data").path,
            "TMPDIR": session.temporaryFolder.path,
        ].merging(environment) { _, given in given }
        for (name, value) in settings.sorted(by: { $0.key < $1.key }) {
            arguments += ["-e", "\(name)=\(value)"]
        }
        arguments.append("bash --norc --noprofile")
        try session.tmux(arguments)
        return session
    }

    /// The shell's `TMPDIR`: what programs leave behind there can be checked.
    public var temporaryFolder: URL { scratch.appendingPathComponent("tmp") }

    /// What is in the shell's `TMPDIR`.
    public var temporaryFiles: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: temporaryFolder.path)) ?? []
    }

    /// Types `line` into the shell and presses Enter.
    public func type(_ line: String) throws {
        try tmux(["send-keys", "-t", target, "-l", line])
        try tmux(["send-keys", "-t", target, "Enter"])
    }

    /// Presses keys by tmux's names (`q`, `Down`, `C-l`).
    public func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", target] + keys)
    }

    /// The visible screen, one line per row, as `capture-pane -p` prints it.
    public func screen(window: String? = nil) -> String {
        (try? tmux(["capture-pane", "-p", "-t", window.map { "\(target):\($0)" } ?? target])) ?? ""
    }

    /// A tmux format variable of the pane, such as `#{alternate_on}` or `#{pane_pid}`.
    public func format(_ variable: String, window: String? = nil) -> String {
        let pane = window.map { "\(target):\($0)" } ?? target
        let value = (try? tmux(["display-message", "-p", "-t", pane, variable])) ?? ""
        return value.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// True while the pane shows the alternate screen (a full-screen program is up).
    public var alternateScreenIsOn: Bool { format("#{alternate_on}") == "1" }

    /// The pid of the shell in the first window.
    public var shellPID: Int32? { Int32(format("#{pane_pid}")) }

    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Opens a second window named `name` running `command` directly (no shell in between).
    public func openWindow(_ name: String, command: String) throws {
        try tmux(["new-window", "-d", "-t", target, "-n", name, command])
    }

    /// Closes a window: its pty is closed, as when an SSH link drops.
    public func closeWindow(_ name: String) throws {
        try tmux(["kill-window", "-t", "\(target):\(name)"])
    }

    /// Polls the screen every `interval` seconds (100 ms) until `condition` holds or `seconds`
    /// pass; returns the last screen.
    public func waitForScreen(window: String? = nil, seconds: Double, every interval: Double = 0.1,
                              until condition: (String) -> Bool) -> (matched: Bool, screen: String) {
        var last = ""
        let matched = Poll.until(seconds: seconds, every: interval) {
            last = screen(window: window)
            return condition(last)
        }
        return (matched, last)
    }

    /// Runs a command in the shell and checks its answer: the shell is there and usable.
    ///
    /// The answer (`E2E-42`) differs from what was typed (`E2E-$((40+2))`), so only a shell that
    /// read the line, ran it and printed can produce it.
    public func shellAnswers(seconds: Double = 5) throws -> Bool {
        try type("echo E2E-$((40+2))")
        return waitForScreen(seconds: seconds) { $0.contains("E2E-42") }.matched
    }

    /// Ends the tmux server and everything running in it, and removes what the session left.
    public func kill() {
        let socketPath = (try? tmux(["display-message", "-p", "#{socket_path}"]))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try? tmux(["kill-server"])
        if let socketPath, !socketPath.isEmpty { try? FileManager.default.removeItem(atPath: socketPath) }
        try? FileManager.default.removeItem(at: scratch)
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        guard let path = Self.executable(named: "tmux") else { throw E2EError("tmux is not installed") }
        return try Command.run(path, ["-u", "-L", socket, "-f", "/dev/null"] + arguments)
    }

    public static func executable(named name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
