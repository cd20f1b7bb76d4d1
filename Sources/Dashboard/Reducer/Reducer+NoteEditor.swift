import Triage
import TerminalUI

extension Reducer {
    /// The inline note editor: ^S saves, Esc cancels (asking first when text was typed).
    static func noteEditorKey(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var note = state.triage.noteEditor else { return [] }
        switch key {
        case .ctrl("s"), .ctrl("x"):
            guard !note.editor.isBlank else {
                state.triage.noteEditor = nil
                state.message = StatusMessage("Empty note: nothing saved")
                return []
            }
            state.triage.noteEditor = nil
            let text = note.editor.text
            if let reply = note.reply { return saveReply(text, ids: note.ids, expected: note.expected, target: reply, &state) }
            return confirmIfBulk(TriageRequest(line: "note", action: .note(text), ids: note.ids, expected: note.expected), &state)
        case .escape, .ctrl("c"):
            if note.editor.isBlank {
                state.triage.noteEditor = nil
                return []
            }
            state.triage.confirmation = Confirmation(question: "Discard this note?", step: .discardNote)
            return []
        default:
            _ = note.editor.apply(key)
            state.triage.noteEditor = note
            return []
        }
    }

    /// The external editor is back: save the note, drop it, or carry on inline with its text.
    static func noteEdited(ids: [String], expected: [String: Int], _ outcome: NoteEditOutcome, _ state: inout AppState) -> [Effect] {
        switch outcome {
        case .written(let text):
            return confirmIfBulk(TriageRequest(line: "note", action: .note(text), ids: ids, expected: expected), &state)
        case .cancelled:
            state.message = StatusMessage("Empty note: nothing saved")
            return []
        case .unavailable(let reason, let text):
            state.triage.noteEditor = NoteEditorState(ids: ids, expected: expected, text: text, reason: reason)
            return []
        }
    }

    /// The draft offered at start: Enter continues it, d discards it, Esc leaves it for later.
    static func draftOfferKey(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard let offer = state.triage.draftOffer else { return [] }
        switch key {
        case .enter:
            state.triage.draftOffer = nil
            switch offer.draft.kind {
            case .note:
                state.triage.noteEditor = NoteEditorState(ids: offer.draft.ids, expected: [:], text: offer.draft.text,
                                                          reason: "continued from \(offer.draft.description)")
            case .command:
                state.triage.prompt = PromptState(kind: .command, text: offer.draft.text)
            case .reply:
                // No version: the review may have changed since; the reply goes to it anyway.
                var editor = NoteEditorState(ids: offer.draft.ids, expected: [:], text: offer.draft.text,
                                             reason: "continued from \(offer.draft.description)")
                editor.reply = ReplyEditTarget(template: offer.draft.template, saved: nil)
                state.triage.noteEditor = editor
            }
            return [.deleteDraft(path: offer.path)]
        case .char("d"):
            state.triage.draftOffer = nil
            state.message = StatusMessage("Draft discarded")
            return [.deleteDraft(path: offer.path)]
        case .escape, .char("q"):
            state.triage.draftOffer = nil
            state.message = StatusMessage("The draft stays for next time")
            return []
        default:
            return []
        }
    }
}
