import TerminalUI

/// The user's config file, `$XDG_CONFIG_HOME/earshot/config`, parsed.
///
/// One directive a line; `#` starts a comment:
/// ```
/// bind reviews x quit        # bind SCOPE KEY COMMAND
/// theme light                # the theme to use
/// set escape-delay 50        # milliseconds to wait after Esc for the rest of a key
/// ```
public struct ConfigFile: Sendable, Equatable {
    /// One `bind` line.
    public struct Binding: Sendable, Equatable {
        public var scope: KeyScope
        public var key: Key
        public var command: Command
        public var source: String
        public var line: Int
    }

    public var bindings: [Binding] = []
    public var theme: String?
    public var escapeDelayMilliseconds: Int?
    public var errors: [ConfigError] = []

    public init() {}

    /// Parses `text`; `source` names the file in error messages.
    public static func parse(_ text: String, source: String) -> ConfigFile {
        var config = ConfigFile()
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = index + 1
            let content = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let words = content.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
            guard let directive = words.first else { continue }
            let fail = { (message: String) in config.errors.append(ConfigError(source: source, line: line, message: message)) }
            switch directive {
            case "bind": config.parseBind(words, source: source, line: line, fail: fail)
            case "theme":
                guard words.count == 2 else { fail("expected: theme NAME"); continue }
                config.theme = words[1]
            case "set": config.parseSet(words, fail: fail)
            default:
                fail("unknown directive '\(directive)'; expected bind, theme or set")
            }
        }
        return config
    }

    private mutating func parseBind(_ words: [String], source: String, line: Int, fail: (String) -> Void) {
        guard words.count == 4 else { fail("expected: bind SCOPE KEY COMMAND"); return }
        guard let scope = KeyScope(rawValue: words[1]) else {
            fail("unknown scope '\(words[1])'; scopes are \(KeyScope.allCases.map(\.rawValue).joined(separator: ", "))")
            return
        }
        guard let key = Key(name: words[2]) else {
            fail("unknown key '\(words[2])'; write a character, or a name like <Down>, <C-l>, <Space>, <F5>")
            return
        }
        guard let command = Command(rawValue: words[3]) else {
            fail("unknown command '\(words[3])'; the help screen (?) lists them")
            return
        }
        bindings.append(Binding(scope: scope, key: key, command: command, source: source, line: line))
    }

    private mutating func parseSet(_ words: [String], fail: (String) -> Void) {
        guard words.count == 3 else { fail("expected: set NAME VALUE"); return }
        switch words[1] {
        case "escape-delay":
            guard let ms = Int(words[2]), (0...2000).contains(ms) else {
                fail("escape-delay takes milliseconds from 0 to 2000")
                return
            }
            escapeDelayMilliseconds = ms
        default:
            fail("unknown setting '\(words[1])'; known: escape-delay")
        }
    }
}
