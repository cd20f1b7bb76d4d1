import Foundation
import TerminalUI

extension DashboardRuntime {
    /// Writes a note in `$VISUAL`/`$EDITOR` on a temporary file: the screen is left while it
    /// runs and redrawn after. An empty file cancels; when no editor is set, or it does not
    /// start or fails, the inline editor takes over with whatever text there is.
    func editNote(_ text: String) -> NoteEditOutcome {
        guard let editor = ExternalEditor(environment: environment) else {
            return .unavailable(reason: "no $VISUAL or $EDITOR: type the note here", text: text)
        }
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("earshot-note-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).txt").path
        guard FileManager.default.createFile(atPath: file, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            return .unavailable(reason: "cannot write a temporary file for \(editor.name): type the note here", text: text)
        }
        defer { try? FileManager.default.removeItem(atPath: file) }
        var status: Int32?
        if let handoff = terminal as? any ShellHandoff {
            handoff.runOutside { status = editor.edit(file) }
        } else {
            status = editor.edit(file)
        }
        let written = (FileManager.default.contents(atPath: file).flatMap { String(data: $0, encoding: .utf8) } ?? text)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        switch status {
        case nil, 126?, 127?:
            return .unavailable(reason: "\(editor.name) did not start: type the note here", text: written)
        case 0?:
            return written.isEmpty ? .cancelled : .written(written)
        case let code?:
            if written.isEmpty { return .cancelled }
            return .unavailable(reason: "\(editor.name) exited with status \(code): your text is here, ^S saves it", text: written)
        }
    }
}
