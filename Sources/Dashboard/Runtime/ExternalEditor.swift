import Foundation

/// The user's editor, `$VISUAL` else `$EDITOR`, run on a file with the terminal to itself.
struct ExternalEditor {
    /// The command as set, arguments included (`vim`, `code --wait`, `nano -R`).
    let command: String

    init?(environment: [String: String]) {
        let named = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }
            .first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        guard let named else { return nil }
        command = named
    }

    /// The program's name for messages: `vim`, not `/usr/bin/vim -u NONE`.
    var name: String {
        let program = command.split(separator: " ").first.map(String.init) ?? command
        return program.split(separator: "/").last.map(String.init) ?? program
    }

    /// Runs the editor on `path` through `/bin/sh` (so a command with arguments works) and
    /// waits for it; returns its exit status, or nil when it could not be started.
    func edit(_ path: String) -> Int32? {
        var pid: pid_t = 0
        let arguments = ["/bin/sh", "-c", "\(command) \"$1\"", "sh", path]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        guard posix_spawn(&pid, "/bin/sh", nil, nil, &argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { return nil }
        }
        // WIFEXITED / WEXITSTATUS, spelled out: the macros do not import.
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}
