import Foundation
import Store
import TerminalUI
import Triage

extension Reducer {
    /// A triage verb with its arguments, on the marked rows or the focused one; asks first
    /// when it changes more rows than the threshold.
    static func runTriageLine(_ line: String, fromPrompt: Bool, _ state: inout AppState) -> [Effect] {
        let targets = state.actionTargets
        guard !targets.ids.isEmpty else {
            state.message = StatusMessage("Nothing to apply '\(line)' to: select a row or mark some", kind: .error)
            return []
        }
        if line == TriageVocabulary.noteVerb {
            return [.editNote(ids: targets.ids, expected: targets.expected, text: "")]
        }
        let action: TriageAction
        do {
            action = try TriageVocabulary.parse(line, user: state.triage.user, now: state.now)
        } catch {
            state.message = StatusMessage("\(error)", kind: .error)
            if fromPrompt {
                // The prompt covers the status line: the reason goes beside the line to fix.
                var reopened = PromptState(kind: .command, text: line)
                reopened.problem = "\(error)"
                state.triage.prompt = reopened
            }
            return []
        }
        let request = TriageRequest(line: line, action: action, ids: targets.ids, expected: targets.expected)
        return confirmIfBulk(request, &state)
    }

    static func confirmIfBulk(_ request: TriageRequest, _ state: inout AppState) -> [Effect] {
        guard request.ids.count > state.triage.bulkThreshold else { return [.runTriage(request)] }
        state.triage.confirmation = Confirmation(
            question: "Apply '\(request.line)' to \(request.ids.count) \(state.focus.rowNoun)?", step: .run(request))
        return []
    }

    /// The runner's answer: its sentence in the status line, the conflict dialog when someone
    /// else got there first, then everything on screen reloaded.
    static func triageFinished(_ result: TriageResult, _ state: inout AppState) -> [Effect] {
        var text = result.summary
        if let failure = result.failures.first {
            text += result.failures.count > 1 ? " · \(failure) (and \(result.failures.count - 1) more)" : " · \(failure)"
        }
        let failed = !result.failures.isEmpty && result.applied.isEmpty
        state.message = StatusMessage(text, kind: failed || !result.conflicts.isEmpty ? .error : .info)
        if let request = result.request {
            if !result.conflicts.isEmpty {
                state.triage.conflict = ConflictState(request: request, conflicts: result.conflicts)
            } else if result.failures.isEmpty, state.triage.marks[state.focus].map({ Set($0.keys) == Set(request.ids) }) == true {
                // Done with the marked rows: the marks go, as after a bulk action in lazygit.
                state.triage.marks[state.focus] = nil
            }
            if case .note(let text) = request.action, result.applied.isEmpty, !result.failures.isEmpty {
                // The note did not go in: give it back to the editor rather than lose it.
                state.triage.noteEditor = NoteEditorState(ids: request.ids, expected: request.expected, text: text,
                                                          reason: "not saved: \(result.failures[0])")
            }
            if case .reply(let text, let template) = request.action, result.applied.isEmpty, !result.failures.isEmpty {
                var editor = NoteEditorState(ids: request.ids, expected: request.expected, text: text, reason: "not saved: \(result.failures[0])")
                editor.reply = ReplyEditTarget(template: template, saved: nil)
                state.triage.noteEditor = editor
            }
        }
        return reloadAll(&state)
    }

    /// The conflict dialog: t keeps theirs, m applies mine over theirs, n keeps mine as a note.
    static func conflictKey(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard let conflict = state.triage.conflict else { return [] }
        let ids = conflict.conflicts.map(\.id)
        switch key {
        case .char("t"), .escape:
            state.triage.conflict = nil
            remember(conflict.request.line, in: &state.triage.commandHistory)
            state.message = StatusMessage("Kept their change on \(ids.joined(separator: ", ")); yours is in the : history (↑)")
            return []
        case .char("m"):
            state.triage.conflict = nil
            var expected: [String: Int] = [:]
            for item in conflict.conflicts { expected[item.id] = item.currentVersion }
            return [.runTriage(TriageRequest(line: conflict.request.line, action: conflict.request.action, ids: ids, expected: expected))]
        case .char("n"):
            state.triage.conflict = nil
            let note = conflictNote(conflict)
            return [.runTriage(TriageRequest(line: "note", action: .note(note), ids: ids, expected: [:]))]
        default:
            return []
        }
    }

    /// The note that keeps the user's change when they let the other one stand.
    static func conflictNote(_ conflict: ConflictState) -> String {
        let theirs = conflict.conflicts.flatMap(\.changes).map { "\($0.user) set \($0.field) to \($0.after ?? "nothing")" }
        var note = "Wanted: \(conflict.request.line)"
        if case .note(let text) = conflict.request.action { note = text }
        if !theirs.isEmpty { note += " (kept \(theirs.joined(separator: "; ")))" }
        return note
    }
}
