/// What a key runs: a built-in command, or a command line with arguments.
///
/// `bind reviews x status spam` binds a triage command line; `bind global V view urgent` a
/// command with its argument; `bind global j move-down` a plain command. A line runs exactly as
/// if it were typed after `:`.
public enum KeyBinding: Hashable, Sendable {
    case command(Command)
    case line(String)

    /// The first word: the command's or the triage verb's name.
    public var name: String {
        switch self {
        case .command(let command): return command.rawValue
        case .line(let line): return String(line.split(separator: " ").first ?? "")
        }
    }

    /// As the config file and the help write it: `move-down`, `status spam`.
    public var text: String {
        switch self {
        case .command(let command): return command.rawValue
        case .line(let line): return line
        }
    }
}

extension KeyBinding {
    /// True for a command line (with arguments, or a triage verb).
    var isLine: Bool {
        if case .line = self { return true }
        return false
    }
}
