import Dashboard
import Foundation
import Triage

/// The user's settings: config file, theme and key bindings, read from the XDG config directory.
struct UserConfig {
    var keymap: Keymap
    var theme: Theme
    var escapeDelayMilliseconds: Int
    /// `set mouse on` in the config.
    var mouse: Bool
    /// Saved views (`view NAME QUERY`).
    var views: [SavedView]
    /// Bulk changes of more rows than this ask first (`set confirm-over N`).
    var confirmOver: Int
    /// Business hours, complaint deadlines and follow-up urgency weights.
    var triage: TriageSettings
    /// Problems found in the user's files, each with file and line.
    var errors: [ConfigError]

    /// `$XDG_CONFIG_HOME/earshot`, else `~/.config/earshot`.
    static func directory(environment: [String: String]) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/earshot" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.config/earshot"
    }

    /// Reads the config file (if any) and resolves the theme: `--theme`, else the config's, else
    /// `default`; monochrome when `NO_COLOR` is set or the terminal has no colours.
    static func load(themeOption: String?, environment: [String: String], colors: Int) throws -> UserConfig {
        let directory = directory(environment: environment)
        let path = directory + "/config"
        var file = ConfigFile()
        if FileManager.default.fileExists(atPath: path) {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw LaunchError("cannot read \(path) as UTF-8 text; fix or remove it")
            }
            file = ConfigFile.parse(text, source: path)
        }
        var keymap = Keymap.defaults
        var errors = file.errors + keymap.apply(file.bindings)
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let name = themeOption ?? file.theme ?? "default"
        var theme = try resolveTheme(named: name, directory: directory, errors: &errors)
        if noColor || colors == 0 {
            theme = .monochrome
        } else {
            theme = theme.degraded(toColors: colors)
        }
        return UserConfig(keymap: keymap, theme: theme,
                          escapeDelayMilliseconds: file.escapeDelayMilliseconds ?? 25,
                          mouse: file.mouse ?? false, views: file.views, confirmOver: file.confirmOver ?? 10, triage: file.triage,
                          errors: errors)
    }

    /// A built-in theme, overridden role by role by `DIR/themes/NAME.theme` when that file exists.
    static func resolveTheme(named name: String, directory: String, errors: inout [ConfigError]) throws -> Theme {
        let userPath = directory + "/themes/\(name).theme"
        let builtin = Theme.builtin(named: name)
        guard FileManager.default.fileExists(atPath: userPath) else {
            guard let builtin else {
                let names = BuiltinThemes.files.map(\.name).joined(separator: ", ")
                throw LaunchError("there is no theme '\(name)'; built in: \(names), or write \(userPath)")
            }
            return builtin
        }
        guard let text = try? String(contentsOfFile: userPath, encoding: .utf8) else {
            throw LaunchError("cannot read \(userPath) as UTF-8 text; fix or remove it")
        }
        let parsed = ThemeFile.parse(text, source: userPath)
        errors += parsed.errors
        return (builtin ?? .standard).overridden(by: parsed.styles)
    }
}
