import TerminalUI

/// Key bindings as data: which command a key runs in each scope.
///
/// The defaults are the shipped text in ``DefaultKeymap``, parsed exactly like the user's config
/// file, which only overrides what it names.
public struct Keymap: Sendable, Equatable {
    public private(set) var bindings: [KeyScope: [Key: Command]] = [:]

    public init() {}

    /// The built-in bindings.
    public static let defaults: Keymap = {
        var keymap = Keymap()
        let errors = keymap.apply(ConfigFile.parse(DefaultKeymap.text, source: "default keymap").bindings)
        assert(errors.isEmpty, "the default keymap has errors: \(errors)")
        return keymap
    }()

    /// Binds `key` to `command` in `scope`, replacing what it did before.
    public mutating func bind(_ key: Key, to command: Command, in scope: KeyScope) {
        bindings[scope, default: [:]][key] = command
    }

    /// Applies parsed bind lines in order; returns an error for each key bound twice in the same
    /// file and scope (a later line of a user's file overriding a default is fine).
    @discardableResult
    public mutating func apply(_ lines: [ConfigFile.Binding]) -> [ConfigError] {
        var seen: [KeyScope: [Key: Int]] = [:]
        var errors: [ConfigError] = []
        for line in lines {
            if let first = seen[line.scope]?[line.key] {
                errors.append(ConfigError(source: line.source, line: line.line,
                    message: "\(line.key) is already bound in \(line.scope.rawValue) on line \(first); remove one of the two lines"))
                continue
            }
            seen[line.scope, default: [:]][line.key] = line.line
            bind(line.key, to: line.command, in: line.scope)
        }
        return errors
    }

    /// The command for `key`, looking through `scopes` in order, then `global`.
    public func command(for key: Key, in scopes: [KeyScope]) -> Command? {
        for scope in scopes + [.global] {
            if let command = bindings[scope]?[key] { return command }
        }
        return nil
    }

    /// Every key that runs `command` when `scopes` are active, in a stable order.
    public func keys(for command: Command, in scopes: [KeyScope]) -> [Key] {
        let all = scopes + [.global]
        var result: [Key] = []
        for scope in all {
            for (key, bound) in bindings[scope] ?? [:] where bound == command {
                // A key shadowed by a more specific scope does not run this command.
                if self.command(for: key, in: scopes) == command, !result.contains(key) { result.append(key) }
            }
        }
        return result.sorted { $0.sortKey < $1.sortKey }
    }
}

extension Key {
    /// Orders keys as people read them in help: letters first, then named keys.
    var sortKey: String {
        switch self {
        case .char(let s) where s.properties.isAlphabetic: return "0" + String(s)
        case .char(let s): return "1" + String(s)
        case .ctrl(let s): return "2" + String(s)
        default: return "3" + description
        }
    }
}
