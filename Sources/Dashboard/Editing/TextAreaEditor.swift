import TerminalUI

/// Several lines of text being typed: the inline note editor used when no `$VISUAL`/`$EDITOR` runs.
///
/// Enter starts a new line; Backspace at the start of a line joins it to the one above; Up and
/// Down move between lines keeping the column where they can; the single-line keys of
/// ``LineEditor`` work on the current line.
public struct TextAreaEditor: Equatable, Sendable {
    public private(set) var lines: [LineEditor]
    /// The line the cursor is on.
    public private(set) var row: Int

    public init(_ text: String = "") {
        let parts = text.split(separator: "\n", omittingEmptySubsequences: false).map { LineEditor(String($0)) }
        lines = parts.isEmpty ? [LineEditor()] : parts
        row = lines.count - 1
    }

    /// Everything typed, lines joined with newlines.
    public var text: String { lines.map(\.text).joined(separator: "\n") }

    /// True when nothing but spaces and newlines was typed.
    public var isBlank: Bool { text.allSatisfy { $0 == " " || $0 == "\n" } }

    /// Applies an editing key; false when the key is not one (save, cancel: the caller's).
    public mutating func apply(_ key: Key) -> Bool {
        switch key {
        case .enter:
            let current = lines[row]
            let head = current.textBeforeCursor
            let tail = String(current.text.dropFirst(head.count))
            lines[row] = LineEditor(head)
            lines.insert(LineEditor(tail), at: row + 1)
            row += 1
            lines[row].moveCursor(to: 0)
        case .backspace where lines[row].cursor == 0 && row > 0, .ctrl("h") where lines[row].cursor == 0 && row > 0:
            let joined = lines[row - 1].text
            let tail = lines[row].text
            lines.remove(at: row)
            row -= 1
            lines[row] = LineEditor(joined + tail)
            lines[row].moveCursor(to: joined.count)
        case .up:
            guard row > 0 else { return true }
            moveRow(by: -1)
        case .down:
            guard row < lines.count - 1 else { return true }
            moveRow(by: 1)
        default:
            return lines[row].apply(key)
        }
        return true
    }

    private mutating func moveRow(by delta: Int) {
        let column = lines[row].cursor
        row += delta
        lines[row].moveCursor(to: min(column, lines[row].characters.count))
    }
}
