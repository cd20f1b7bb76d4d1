import Foundation
import Store
import TerminalUI

/// How commands write: JSON for scripts, sanitised text for people, messages on stderr.
enum CommandOutput {
    static func json(_ value: StoreJSON) {
        print(value.serialized())
    }

    /// `{"count": N, "items": [...]}`: the shape of every list command's `--json`.
    static func list(count: Int, items: [StoreJSON]) {
        json(.object(["count": .int(Int64(count)), "items": .array(items)]))
    }

    /// Customer text made safe for a terminal: control characters, escape sequences, bidi and
    /// zero-width characters become visible placeholders (TerminalUI's one sanitiser).
    static func safe(_ text: String) -> String {
        ScreenText.sanitized(text)
    }

    /// Each line of a multi-line text, made safe.
    static func safeLines(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { safe(String($0)) }
    }

    /// The first line of a text, made safe and cut to `width` characters.
    static func firstLine(_ text: String, width: Int) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        let cleaned = safe(line)
        return cleaned.count > width ? String(cleaned.prefix(width - 1)) + "…" : cleaned
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data("earshot: \(message)\n".utf8))
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data("earshot: note: \(message)\n".utf8))
    }

    /// True when standard output is a terminal (people are reading).
    static var toTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// The width of the terminal standard output shows in, or nil when it is not a terminal
    /// (or does not say).
    static var terminalColumns: Int? {
        guard toTerminal else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
