import Foundation
import Store
import Triage

extension Reducer {
    /// `r`, `y` and `Y` on the focused review: write, copy or mark sent its reply.
    static func replyCommand(_ command: Command, _ state: inout AppState) -> [Effect] {
        guard state.focus == .reviews, let id = state.selectedID(in: .reviews) else {
            state.message = StatusMessage("A reply answers a review: select one in the Reviews pane (2)", kind: .error)
            return []
        }
        let version = state.selectedVersion(in: .reviews)
        let expected = version.map { [id: $0] } ?? [:]
        switch command {
        case .replyDraft: return [.openReply(id: id, expected: expected)]
        case .replyCopy: return [.copyReply(id: id)]
        default: return [.markReplySent(id: id, expected: expected, force: false)]
        }
    }

    /// The editor is back with a reply: save it, drop it, or carry on inline.
    static func replyEdited(id: String, expected: [String: Int], target: ReplyEditTarget, _ outcome: NoteEditOutcome,
                            _ state: inout AppState) -> [Effect] {
        switch outcome {
        case .written(let text):
            return saveReply(text, ids: [id], expected: expected, target: target, &state)
        case .cancelled:
            state.message = StatusMessage("Empty reply: nothing saved")
            return []
        case .unavailable(let reason, let text):
            // The editor runner speaks of notes; here it is a reply.
            let why = reason.replacingOccurrences(of: "the note", with: "the reply")
            var editor = NoteEditorState(ids: [id], expected: expected, text: text, reason: why)
            editor.reply = target
            state.triage.noteEditor = editor
            return []
        }
    }

    /// Saves a reply through the runner (its history, undo), unless it is the saved draft unchanged.
    static func saveReply(_ text: String, ids: [String], expected: [String: Int], target: ReplyEditTarget,
                          _ state: inout AppState) -> [Effect] {
        guard text != target.saved else {
            state.message = StatusMessage("Reply unchanged: y copies it, Y marks it sent")
            return []
        }
        return [.runTriage(TriageRequest(line: "reply", action: .reply(text, template: target.template), ids: ids, expected: expected))]
    }

    /// The detail's item's reply arrived: kept for the detail view, and its flags counted in
    /// the status line after a save.
    static func replyLoaded(id: String, _ panel: ReplyPanel?, _ state: inout AppState) -> [Effect] {
        guard state.detail?.id == id else { return [] }
        state.triage.reply = panel
        guard let panel, panel.reply.status == .draft, let message = state.message,
              message.text.hasPrefix("Saved the reply"), !message.text.contains("reply check") else { return [] }
        let count = panel.flags.count
        let checked = count == 0 ? "the reply check flags nothing" : "the reply check flags \(count) thing\(count == 1 ? "" : "s") (see Reply in the detail)"
        state.message = StatusMessage("\(message.text) · \(checked) · y copies it, Y marks it sent", kind: count == 0 ? .info : .error)
        return []
    }
}
