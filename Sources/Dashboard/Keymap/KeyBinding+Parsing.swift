extension KeyBinding {
    /// The target of a `bind` line from its words after the key: a command, a command with its
    /// argument (`view urgent`, `prompt tag`), or a triage command line (`status spam`).
    static func parse(_ words: [String]) -> Result<KeyBinding, ConfigFile.Problem> {
        let name = words[0]
        let line = words.joined(separator: " ")
        if let command = Command(rawValue: name) {
            if words.count == 1 { return .success(.command(command)) }
            guard command.takesArgument else {
                return .failure(ConfigFile.Problem(message: "\(name) takes no arguments; remove '\(words[1...].joined(separator: " "))'"))
            }
            return .success(.line(line))
        }
        if name == TriageVocabulary.noteVerb, words.count == 1 { return .success(.line(line)) }
        if let problem = TriageVocabulary.problem(in: line) {
            guard TriageVocabulary.isVerb(name) else {
                let suggestion = TriageVocabulary.closestName(to: name).map { " (did you mean \($0)?)" } ?? ""
                return .failure(ConfigFile.Problem(message: "unknown command '\(name)'\(suggestion); the help screen (?) lists them"))
            }
            return .failure(ConfigFile.Problem(message: "\(line): \(problem)"))
        }
        return .success(.line(line))
    }
}
