import Foundation

/// Runs a program (tmux, tput, earshot for scripts) to completion and returns what it printed,
/// started as `ChildProcess` starts it (no inherited signal mask, output in a file).
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
        try ChildProcess.run(executable, arguments)
    }
}
