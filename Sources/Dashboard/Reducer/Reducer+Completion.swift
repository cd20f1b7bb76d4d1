import Store

extension Reducer {
    /// Tab: completes the word before the cursor. One candidate is taken whole; several are
    /// narrowed to what they share, and further Tabs cycle through them.
    static func complete(_ prompt: inout PromptState, state: AppState) {
        if var cycle = prompt.completion, !cycle.candidates.isEmpty {
            cycle.index = (cycle.index + 1) % cycle.candidates.count
            prompt.editor.replaceWordBeforeCursor(with: cycle.candidates[cycle.index])
            prompt.completion = cycle
            return
        }
        let (_, word) = prompt.editor.wordBeforeCursor
        let candidates = completionCandidates(for: prompt, state: state).filter { $0.hasPrefix(word) }
        guard !candidates.isEmpty else { return }
        if candidates.count == 1 {
            prompt.editor.replaceWordBeforeCursor(with: candidates[0])
            prompt.editor.insert(" ")
            return
        }
        let shared = commonPrefix(candidates)
        if shared.count > word.count {
            prompt.editor.replaceWordBeforeCursor(with: shared)
        } else {
            prompt.completion = CompletionCycle(candidates: candidates, index: 0)
            prompt.editor.replaceWordBeforeCursor(with: candidates[0])
        }
    }

    /// What may stand where the cursor is: command names first, then each command's values.
    static func completionCandidates(for prompt: PromptState, state: AppState) -> [String] {
        let before = prompt.editor.textBeforeCursor
        let words = before.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let typingFirstWord = words.count == 0 || (words.count == 1 && !before.hasSuffix(" "))
        switch prompt.kind {
        case .filter:
            return queryKeyNames
        case .command where typingFirstWord:
            return commandLineNames
        case .command:
            switch words[0] {
            case Command.view.rawValue: return state.triage.views.map(\.name)
            case Command.sort.rawValue: return ListOrder.choices(for: state.focus.queryList).map(\.rawValue)
            case Command.filter.rawValue: return queryKeyNames
            case let verb where TriageVocabulary.isVerb(verb):
                let (start, word) = prompt.editor.wordBeforeCursor
                return (TriageVocabulary.completions(for: before).map { candidate in
                    // The layer may answer with the whole line or with the last word.
                    candidate.hasPrefix(String(before.prefix(start))) && start > 0
                        ? String(candidate.dropFirst(start)) : candidate
                } + knownNameCandidates(verb: verb, word: word, state: state)).filter { $0.hasPrefix(word) }
            default: return []
            }
        }
    }

    /// The store's people after `assign` and as `@owner`, its tags after `tag` and `untag`.
    static func knownNameCandidates(verb: String, word: String, state: AppState) -> [String] {
        let names = state.triage.knownNames
        if word.hasPrefix("@") { return names.people.map { "@" + $0 } }
        switch verb {
        case "assign": return names.people
        case "tag", "untag": return names.tags
        default: return []
        }
    }

    /// Every name the `:` line takes: the triage verbs and the dashboard's own commands.
    static var commandLineNames: [String] {
        (TriageVocabulary.names + Command.allCases.map(\.rawValue)).sorted()
    }

    /// The query language's keys as typed (`brand:`), for Tab in the `/` prompt.
    static var queryKeyNames: [String] { QueryKey.allCases.map { $0.rawValue + ":" } }

    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first else { return "" }
        for word in words.dropFirst() {
            while !word.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}
