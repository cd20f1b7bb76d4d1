import Foundation
import TerminalUI

extension Reducer {
    /// Keys for whatever holds the keyboard before the keymap: a dialog, the note editor or a
    /// prompt. Nil when none does.
    static func routeKey(_ key: Key, _ state: inout AppState) -> [Effect]? {
        if state.triage.conflict != nil { return conflictKey(key, &state) }
        if state.triage.confirmation != nil { return confirmationKey(key, &state) }
        if state.triage.draftOffer != nil { return draftOfferKey(key, &state) }
        if state.triage.noteEditor != nil { return noteEditorKey(key, &state) }
        if state.triage.prompt != nil { return promptKey(key, &state) }
        return nil
    }

    /// Whether a binding may run while the help covers the screen: moving, paging and closing
    /// it do; marking, filtering and changing rows the user cannot see do not.
    static func worksOverHelp(_ binding: KeyBinding) -> Bool {
        guard case .command(let command) = binding else { return false }
        return command.info.group != .triage && ![.filter, .sort, .view, .reload].contains(command)
    }

    /// y/Enter runs the confirmed step; n/Esc (or anything else) does not.
    static func confirmationKey(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard let confirmation = state.triage.confirmation else { return [] }
        switch key {
        case .char("y"), .char("Y"), .enter:
            state.triage.confirmation = nil
            switch confirmation.step {
            case .run(let request): return [.runTriage(request)]
            case .discardNote:
                state.triage.noteEditor = nil
                state.message = StatusMessage("Note discarded")
                return []
            case .perform(let effect): return [effect]
            }
        case .char("n"), .char("N"), .escape, .ctrl("c"):
            state.triage.confirmation = nil
            if case .run(let request) = confirmation.step {
                state.message = StatusMessage("Not applied: \(request.line) (↑ after : brings it back)")
                remember(request.line, in: &state.triage.commandHistory)
            }
            if case .perform = confirmation.step { state.message = StatusMessage("Nothing done") }
            return []
        default:
            return []
        }
    }

    /// Adds a line to a history, once, newest last.
    static func remember(_ line: String, in history: inout [String]) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return }
        history.removeAll { $0 == trimmed }
        history.append(trimmed)
        if history.count > 200 { history.removeFirst(history.count - 200) }
    }
}
