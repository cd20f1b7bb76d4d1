import Foundation
import Store

extension Reducer {
    /// Runs a line as typed after `:` or bound to a key: a dashboard command (with its
    /// argument) or a triage verb. `fromPrompt`: a line that fails to parse goes back into the
    /// prompt to be fixed, so nothing typed is lost.
    static func runCommandLine(_ line: String, fromPrompt: Bool, _ state: inout AppState) -> [Effect] {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let name = String(trimmed.prefix { $0 != " " })
        let argument = trimmed.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        if name == customerVerb { return customerCommand(argument, &state) }
        if let command = Command(rawValue: name) {
            if argument.isEmpty { return reduce(&state, .command(command)) }
            guard command.takesArgument else {
                state.message = StatusMessage("\(name) takes no argument", kind: .error)
                return []
            }
            return runTriageCommand(command, argument: argument, &state)
        }
        // Everything else is the triage layer's to parse: its message names the commands it knows.
        return runTriageLine(trimmed, fromPrompt: fromPrompt, &state)
    }

    /// The dashboard's own triage-related commands; `argument` when given on the line.
    static func runTriageCommand(_ command: Command, argument: String?, _ state: inout AppState) -> [Effect] {
        switch command {
        case .filter:
            guard let argument else { return openFilterPrompt(&state) }
            return applyFilterText(argument, to: state.focus, &state)
        case .sort: return sort(argument, &state)
        case .view:
            guard let argument else {
                let names = state.triage.views.map(\.name)
                guard !names.isEmpty else {
                    state.message = StatusMessage("No saved views yet: add lines like 'view urgent is:urgent -status:done' to your config")
                    return []
                }
                let effects = openCommandPrompt(Command.view.rawValue, &state)
                state.triage.prompt?.completion = CompletionCycle(candidates: names, index: -1)
                return effects
            }
            return showView(named: argument, &state)
        case .prompt: return openCommandPrompt(argument ?? "", &state)
        case .reload:
            state.message = StatusMessage("Reloaded")
            return reloadAll(&state)
        case .mark: return toggleMark(&state)
        case .markAll: return markAll(&state)
        case .clearMarks: return clearMarks(&state)
        case .undo:
            state.message = StatusMessage("Undoing\u{2026}")
            return [.undo]
        default:
            return run(command, in: &state)
        }
    }

    /// `:filter QUERY`: sets the pane's filter at once, or says what is wrong with it.
    static func applyFilterText(_ text: String, to pane: Pane, _ state: inout AppState) -> [Effect] {
        guard pane != .brands else { return openFilterPrompt(&state) }
        do {
            let query = try Query(parsing: text)
            try query.validate(for: pane.queryList)
            remember(text, in: &state.triage.filterHistory)
            state.message = StatusMessage("Filter /\(text)")
            return setQuery(query, for: pane, &state)
        } catch {
            state.message = StatusMessage("\(error)", kind: .error)
            return []
        }
    }

    /// `o` cycles the focused pane's sort; `:sort NAME` picks one.
    static func sort(_ name: String?, _ state: inout AppState) -> [Effect] {
        let pane = state.focus
        let choices = ListOrder.choices(for: pane.queryList)
        guard let standard = choices.first else {
            state.message = StatusMessage("The Brands pane has one order: own brand first")
            return []
        }
        let order: ListOrder
        if let name {
            guard let named = ListOrder(rawValue: name), choices.contains(named) else {
                state.message = StatusMessage("\(pane.title) sort by \(choices.map(\.rawValue).joined(separator: ", ")); not '\(name)'", kind: .error)
                return []
            }
            order = named
        } else {
            let current = state.triage.orders[pane] ?? standard
            let index = choices.firstIndex(of: current) ?? 0
            order = choices[(index + 1) % choices.count]
        }
        state.triage.orders[pane] = order == standard ? nil : order
        state.message = StatusMessage("\(pane.title) sorted \(order.rawValue) first (o: next order)")
        return reloadFromTop(pane, &state)
    }

    /// `view NAME`: the saved view's query on the focused pane, or on the first pane it fits.
    static func showView(named name: String, _ state: inout AppState) -> [Effect] {
        guard let view = state.triage.views.first(where: { $0.name == name }) else {
            let names = state.triage.views.map(\.name)
            let known = names.isEmpty ? "none are set: add 'view NAME QUERY' lines to the config" : "views: " + names.joined(separator: ", ")
            state.message = StatusMessage("no view '\(name)'; \(known)", kind: .error)
            return []
        }
        let panes = [state.focus] + [Pane.reviews, .complaints, .followUps].filter { $0 != state.focus }
        guard let pane = panes.first(where: { $0 != .brands && (try? view.query.validate(for: $0.queryList)) != nil }) else {
            state.message = StatusMessage("view \(name) fits no pane: \(view.query.text)", kind: .error)
            return []
        }
        var effects: [Effect] = []
        if pane != state.focus { effects += focus(pane, &state) }
        state.message = StatusMessage("View \(name): /\(view.query.text)")
        return effects + setQuery(view.query, for: pane, &state)
    }
}
