import Foundation

/// Edits a reply in the user's editor (`$VISUAL`, else `$EDITOR`, else vi) through a private
/// temporary file.
enum ReplyEditor {
    static func edit(_ text: String, id: String) throws -> String {
        let environment = ProcessInfo.processInfo.environment
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let folder = NSTemporaryDirectory() + "earshot-reply-\(getpid())-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/reply-\(id).txt"
        try Data((text + "\n").utf8).write(to: URL(fileURLWithPath: path))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The editor setting may hold arguments ("code --wait"): the shell splits it, the path is quoted.
        process.arguments = ["-c", "\(editor) \"$1\"", "earshot-editor", path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw UserError("the editor (\(editor)) exited with status \(process.terminationStatus): the reply was not changed")
        }
        guard let edited = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw UserError("cannot read the edited reply back as UTF-8 text: nothing was saved")
        }
        let trimmed = edited.hasSuffix("\n") ? String(edited.dropLast()) : edited
        guard !trimmed.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw UserError("the reply is empty: nothing was saved")
        }
        return trimmed
    }
}
