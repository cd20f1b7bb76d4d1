import TerminalUI

/// Parses theme files: one role a line, `ROLE FOREGROUND [BACKGROUND] [ATTRIBUTE...]`.
///
/// ```
/// selection        black  cyan  bold
/// sentimentNegative red
/// muted            245    default dim
/// ```
/// Colours are `default`, a basic name (`black red green yellow blue magenta cyan white`, with
/// `bright-` in front for the bright ones) or a palette number 0-255. Attributes are `bold`, `dim`,
/// `underline`, `reverse`, `italic`. A file names only the roles it changes.
public enum ThemeFile {
    static let colorNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// The styles the text sets, and an error for each line it cannot read.
    public static func parse(_ text: String, source: String) -> (styles: [ThemeRole: Style], errors: [ConfigError]) {
        var styles: [ThemeRole: Style] = [:]
        var errors: [ConfigError] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let words = content.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
            guard !words.isEmpty else { continue }
            switch parseLine(words) {
            case .success(let (role, style)): styles[role] = style
            case .failure(let message): errors.append(ConfigError(source: source, line: index + 1, message: message.text))
            }
        }
        return (styles, errors)
    }

    struct Message: Error { var text: String }

    static func parseLine(_ words: [String]) -> Result<(ThemeRole, Style), Message> {
        guard let role = ThemeRole(rawValue: words[0]) else {
            return .failure(Message(text: "unknown role '\(words[0])'; roles are \(ThemeRole.allCases.map(\.rawValue).joined(separator: ", "))"))
        }
        var colors: [Color] = []
        var attributes: TextAttributes = []
        for word in words.dropFirst() {
            if let attribute = attribute(named: word) {
                attributes.insert(attribute)
            } else if let color = color(named: word), colors.count < 2 {
                colors.append(color)
            } else {
                return .failure(Message(text: "'\(word)' is not a colour (default, red, bright-blue, 0-255) or an attribute (bold, dim, underline, reverse, italic)"))
            }
        }
        let style = Style(foreground: colors.first ?? .terminalDefault,
                          background: colors.count > 1 ? colors[1] : .terminalDefault,
                          attributes: attributes)
        return .success((role, style))
    }

    static func color(named word: String) -> Color? {
        let lower = word.lowercased()
        if lower == "default" { return .terminalDefault }
        if let n = Int(lower), (0...255).contains(n) { return .palette(UInt8(n)) }
        if let i = colorNames.firstIndex(of: lower) { return .palette(UInt8(i)) }
        if lower.hasPrefix("bright-"), let i = colorNames.firstIndex(of: String(lower.dropFirst(7))) {
            return .palette(UInt8(i + 8))
        }
        return nil
    }

    static func attribute(named word: String) -> TextAttributes? {
        switch word.lowercased() {
        case "bold": return .bold
        case "dim": return .dim
        case "underline": return .underline
        case "reverse": return .reverse
        case "italic": return .italic
        default: return nil
        }
    }
}
