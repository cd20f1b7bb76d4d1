import TerminalUI

/// Key bindings as data: which command a key runs in each scope.
///
/// The defaults are the shipped text in ``DefaultKeymap``, parsed exactly like the user's config
/// file, which only overrides what it names.
public struct Keymap: Sendable, Equatable {
    public private(set) var bindings: [KeyScope: [Key: KeyBinding]] = [:]

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
        bind(key, to: .command(command), in: scope)
    }

    /// Binds `key` to a command or a command line in `scope`, replacing what it did before.
    public mutating func bind(_ key: Key, to binding: KeyBinding, in scope: KeyScope) {
        bindings[scope, default: [:]][key] = binding
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
            bind(line.key, to: line.target, in: line.scope)
        }
        return errors
    }

    /// What `key` runs, looking through `scopes` in order, then `global`.
    public func binding(for key: Key, in scopes: [KeyScope]) -> KeyBinding? {
        for scope in scopes + [.global] {
            if let binding = bindings[scope]?[key] { return binding }
        }
        return nil
    }

    /// The plain command for `key` (nil when it runs a command line or nothing).
    public func command(for key: Key, in scopes: [KeyScope]) -> Command? {
        guard case .command(let command)? = binding(for: key, in: scopes) else { return nil }
        return command
    }

    /// Every key that runs `command` when `scopes` are active, in a stable order.
    public func keys(for command: Command, in scopes: [KeyScope]) -> [Key] {
        keys(for: .command(command), in: scopes)
    }

    /// Every key that runs `binding` when `scopes` are active, in a stable order.
    public func keys(for binding: KeyBinding, in scopes: [KeyScope]) -> [Key] {
        var result: [Key] = []
        for scope in scopes + [.global] {
            for (key, bound) in bindings[scope] ?? [:] where bound == binding {
                // A key shadowed by a more specific scope does not run this binding.
                if self.binding(for: key, in: scopes) == binding, !result.contains(key) { result.append(key) }
            }
        }
        return result.sorted { $0.sortKey < $1.sortKey }
    }

    /// The command lines bound where `scopes` are active (each once), in the order of their keys.
    public func lineBindings(in scopes: [KeyScope]) -> [KeyBinding] {
        var seen: Set<KeyBinding> = []
        var result: [(Key, KeyBinding)] = []
        for scope in scopes + [.global] {
            for (key, bound) in bindings[scope] ?? [:] where bound.isLine && binding(for: key, in: scopes) == bound {
                if seen.insert(bound).inserted { result.append((key, bound)) }
            }
        }
        return result.sorted { $0.0.sortKey < $1.0.sortKey }.map(\.1)
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
