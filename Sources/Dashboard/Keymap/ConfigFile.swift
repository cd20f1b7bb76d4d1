import TerminalUI
import Triage

/// The user's config file, `$XDG_CONFIG_HOME/earshot/config`, parsed.
///
/// One directive a line; `#` starts a comment:
/// ```
/// bind reviews x quit        # bind SCOPE KEY COMMAND
/// bind reviews x status spam # a command line with arguments, as typed after :
/// view urgent is:urgent -status:done   # view NAME QUERY: a saved view, shown with `view urgent`
/// set confirm-over 10        # bulk changes of more rows ask first
/// theme light                # the theme to use
/// set escape-delay 50        # milliseconds to wait after Esc for the rest of a key
/// set mouse on               # clicks select, the wheel scrolls (off by default)
/// ```
public struct ConfigFile: Sendable, Equatable {
    /// One `bind` line.
    public struct Binding: Sendable, Equatable {
        public var scope: KeyScope
        public var key: Key
        /// The command, or the command line with its arguments.
        public var target: KeyBinding
        public var source: String
        public var line: Int
    }

    public var bindings: [Binding] = []
    public var theme: String?
    public var escapeDelayMilliseconds: Int?
    /// `view NAME QUERY` lines, in order.
    public var views: [SavedView] = []
    /// `set confirm-over N`: changes of more rows than this ask first.
    public var confirmOver: Int?
    /// `set mouse on`: clicks select and the wheel scrolls. Off by default, so the terminal's
    /// own text selection keeps working.
    public var mouse: Bool?
    public var errors: [ConfigError] = []
    /// Business hours, complaint deadlines and urgency weights (`hours …`, `set urgency.…`).
    public var triage = TriageSettings()

    public init() {}

    /// Parses `text`; `source` names the file in error messages.
    public static func parse(_ text: String, source: String) -> ConfigFile {
        var config = ConfigFile()
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let words = content.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
            guard !words.isEmpty else { continue }
            if let message = config.apply(words, source: source, line: index + 1) {
                config.errors.append(ConfigError(source: source, line: index + 1, message: message))
            }
        }
        return config
    }

    /// Applies one directive; returns what is wrong with it, if anything.
    private mutating func apply(_ words: [String], source: String, line: Int) -> String? {
        switch triage.apply(directive: words) {
        case .applied: return nil
        case .invalid(let message): return message
        case .notMine: break
        }
        switch words[0] {
        case "bind":
            switch Self.binding(words, source: source, line: line) {
            case .success(let binding): bindings.append(binding)
            case .failure(let error): return error.message
            }
        case "view":
            return applyView(words)
        case "theme":
            guard words.count == 2 else { return "expected: theme NAME" }
            theme = words[1]
        case "set":
            guard words.count == 3 else { return "expected: set NAME VALUE" }
            if words[1] == "mouse" {
                guard let on = ["on": true, "off": false][words[2]] else { return "mouse takes on or off" }
                mouse = on
                return nil
            }
            if words[1] == "confirm-over" { return applyConfirmOver(words[2]) }
            guard words[1] == "escape-delay" else { return "unknown setting '\(words[1])'; known: escape-delay, mouse, confirm-over" }
            guard let ms = Int(words[2]), (0...2000).contains(ms) else { return "escape-delay takes milliseconds from 0 to 2000" }
            escapeDelayMilliseconds = ms
        default:
            return "unknown directive '\(words[0])'; expected bind, view, theme or set"
        }
        return nil
    }

    struct Problem: Error { var message: String }

    private static func binding(_ words: [String], source: String, line: Int) -> Result<Binding, Problem> {
        guard words.count >= 4 else { return .failure(Problem(message: "expected: bind SCOPE KEY COMMAND [ARGUMENTS]")) }
        guard let scope = KeyScope(rawValue: words[1]) else {
            let scopes = KeyScope.allCases.map(\.rawValue).joined(separator: ", ")
            return .failure(Problem(message: "unknown scope '\(words[1])'; scopes are \(scopes)"))
        }
        guard let key = Key(name: words[2]) else {
            return .failure(Problem(message: "unknown key '\(words[2])'; write a character, or a name like <Down>, <C-l>, <Space>, <F5>"))
        }
        switch KeyBinding.parse(Array(words[3...])) {
        case .success(let target): return .success(Binding(scope: scope, key: key, target: target, source: source, line: line))
        case .failure(let problem): return .failure(problem)
        }
    }
}
