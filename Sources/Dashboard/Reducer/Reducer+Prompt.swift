import Foundation
import Store
import TerminalUI

extension Reducer {
    /// Opens the `:` prompt, starting with `text` (a binding's `prompt tag` gives "tag "), and
    /// asks for the people and tags that Tab completes, as they are now.
    static func openCommandPrompt(_ text: String, _ state: inout AppState) -> [Effect] {
        state.triage.prompt = PromptState(kind: .command, text: text.isEmpty ? "" : text + " ")
        return [.loadKnownNames]
    }

    /// Opens the `/` prompt on the focused pane, showing its filter as it is.
    static func openFilterPrompt(_ state: inout AppState) -> [Effect] {
        let pane = state.focus
        guard pane != .brands else {
            state.message = StatusMessage("The Brands pane has no filter: / works in Reviews, Complaints and Follow-ups")
            return []
        }
        let current = state.triage.queries[pane] ?? .everything
        state.triage.prompt = PromptState(kind: .filter(pane: pane, previous: current), text: current.text)
        return []
    }

    static func promptKey(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var prompt = state.triage.prompt else { return [] }
        switch key {
        case .enter:
            return submitPrompt(prompt, &state)
        case .escape, .ctrl("c"), .ctrl("g"):
            state.triage.prompt = nil
            if case .filter(let pane, let previous) = prompt.kind {
                state.message = StatusMessage(previous.isEmpty ? "No filter" : "Filter back to /\(previous.text)")
                return setQuery(previous, for: pane, &state)
            }
            return []
        case .tab:
            complete(&prompt, state: state)
            state.triage.prompt = prompt
            return []
        case .up, .down, .ctrl("p"), .ctrl("n"):
            browseHistory(&prompt, older: key == .up || key == .ctrl("p"), state: state)
            state.triage.prompt = prompt
            return liveFilter(&state)
        case .backspace where prompt.editor.isEmpty:
            // Backspace on an empty line closes it, as in vim and mutt.
            return promptKey(.escape, &state)
        default:
            let before = prompt.editor
            guard prompt.editor.apply(key) else { return [] }
            if prompt.editor != before {
                prompt.completion = nil
                if prompt.kind == .command { prompt.problem = nil }
            }
            state.triage.prompt = prompt
            return liveFilter(&state)
        }
    }

    /// Enter: runs the command line, or keeps the filter.
    static func submitPrompt(_ prompt: PromptState, _ state: inout AppState) -> [Effect] {
        let text = prompt.editor.text.trimmingCharacters(in: .whitespaces)
        switch prompt.kind {
        case .command:
            state.triage.prompt = nil
            guard !text.isEmpty else { return [] }
            remember(text, in: &state.triage.commandHistory)
            return runCommandLine(text, fromPrompt: true, &state)
        case .filter(let pane, _):
            if let problem = prompt.problem {
                state.message = StatusMessage(problem, kind: .error)
                return []
            }
            state.triage.prompt = nil
            remember(text, in: &state.triage.filterHistory)
            let count = state.position(pane).countText
            state.message = StatusMessage(text.isEmpty ? "No filter" : "Filter /\(text): \(count) \(pane.rowNoun)")
            return []
        }
    }

    /// Re-runs the `/` filter on every change of its text, the word being typed matching the
    /// words it begins ("coff" finds "coffee"); a query that does not parse leaves the last good
    /// one in force and says what is wrong, pointing at the term.
    static func liveFilter(_ state: inout AppState) -> [Effect] {
        guard var prompt = state.triage.prompt, case .filter(let pane, _) = prompt.kind else { return [] }
        do {
            let query = try Query(parsing: prompt.editor.text).matchingTypedWordAsPrefix()
            try query.validate(for: pane.queryList)
            prompt.problem = nil
            state.triage.prompt = prompt
            if query == (state.triage.queries[pane] ?? .everything) { return [] }
            return setQuery(query, for: pane, &state)
        } catch {
            prompt.problem = "\(error)"
            state.triage.prompt = prompt
            return []
        }
    }

    /// Sets `pane`'s query (nil: none) and reloads it from the top.
    static func setQuery(_ query: Query?, for pane: Pane, _ state: inout AppState) -> [Effect] {
        state.triage.queries[pane] = (query?.isEmpty ?? true) ? nil : query
        return reloadFromTop(pane, &state)
    }

    /// Reloads `pane`'s list from its first row (after its filter or sort changed).
    static func reloadFromTop(_ pane: Pane, _ state: inout AppState) -> [Effect] {
        state.positions[pane] = ListPosition(total: state.position(pane).total)
        return [.loadRows(pane, state.listFilter(for: pane), offset: 0, limit: windowSize(for: pane, in: state))]
    }

    /// Up/Down through the prompt's history, newest first; Down past the newest gives back the
    /// line being typed.
    static func browseHistory(_ prompt: inout PromptState, older: Bool, state: AppState) {
        let history: [String]
        switch prompt.kind {
        case .command: history = state.triage.commandHistory
        case .filter: history = state.triage.filterHistory
        }
        guard !history.isEmpty else { return }
        if prompt.historyIndex == nil { prompt.unsent = prompt.editor.text }
        let next = older ? (prompt.historyIndex.map { $0 + 1 } ?? 0) : (prompt.historyIndex.map { $0 - 1 } ?? -1)
        if next < 0 {
            prompt.historyIndex = nil
            prompt.editor.replace(with: prompt.unsent)
        } else {
            let index = min(next, history.count - 1)
            prompt.historyIndex = index
            prompt.editor.replace(with: history[history.count - 1 - index])
        }
        prompt.completion = nil
    }
}
