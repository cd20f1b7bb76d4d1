extension Command {
    /// Commands that take an argument on the `:` line and in `bind` lines (`view urgent`,
    /// `sort worst-rated`, `filter sentiment:neg`, `prompt tag`); without one they ask for it.
    public var takesArgument: Bool {
        switch self {
        case .view, .sort, .filter, .prompt: return true
        default: return false
        }
    }

    /// The argument's synopsis for help and completion.
    var argumentSynopsis: String? {
        switch self {
        case .view: return "NAME"
        case .sort: return "ORDER"
        case .filter: return "QUERY"
        case .prompt: return "TEXT"
        default: return nil
        }
    }
}
