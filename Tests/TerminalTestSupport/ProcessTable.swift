import CPseudoTerminal
import Foundation

/// What `/proc` says about processes: children, names, and whether one is still alive.
public enum ProcessTable {
    /// The children of `parent` whose command name is `name` (as the kernel truncates it: 15 bytes).
    public static func children(of parent: Int32, named name: String) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { pid in
            guard let stat = status(of: pid) else { return false }
            return stat.parent == parent && stat.name == String(name.prefix(15))
        }
    }

    /// True while `pid` exists and is not a zombie.
    public static func isAlive(_ pid: Int32) -> Bool {
        guard let stat = status(of: pid) else { return false }
        return stat.state != "Z" && stat.state != "X"
    }

    /// The live processes of session `session` (the pid of its leader): what a program left behind.
    public static func processes(inSession session: Int32) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { cpt_session_of($0) == session && isAlive($0) }
    }

    /// The kernel's one-letter state of `pid` (R running, S sleeping, T stopped, Z zombie…), or nil.
    public static func state(of pid: Int32) -> String? {
        status(of: pid)?.state
    }

    /// Waits up to `seconds` for `pid` to end.
    public static func waitUntilGone(_ pid: Int32, seconds: Double) -> Bool {
        Poll.until(seconds: seconds, every: 0.05) { !isAlive(pid) }
    }

    /// Name, state and parent from `/proc/PID/stat` ("pid (name) state ppid …").
    private static func status(of pid: Int32) -> (name: String, state: String, parent: Int32)? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")") else { return nil }
        let name = String(text[text.index(after: open)..<close])
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count > 1, let parent = Int32(fields[1]) else { return nil }
        return (name, String(fields[0]), parent)
    }
}
