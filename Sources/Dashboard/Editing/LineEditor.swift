import TerminalUI

/// One line of text being typed, with a cursor: the editing behind the `:` and `/` prompts.
///
/// Keys as in readline and mutt's line editor: Left/Right, Home/End and ^A/^E move; Backspace
/// (^H) and Delete remove a character; ^U deletes to the start, ^K to the end, ^W the word
/// before the cursor. Text is edited by grapheme, so an accented letter or an emoji goes at once.
public struct LineEditor: Equatable, Sendable {
    public internal(set) var characters: [Character]
    /// Where the next character goes: 0 is before the first.
    public internal(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    /// Replaces the whole line and puts the cursor at its end.
    public mutating func replace(with text: String) {
        characters = Array(text)
        cursor = characters.count
    }

    /// Applies an editing key; false when the key is not an editing key (the caller handles it).
    public mutating func apply(_ key: Key) -> Bool {
        switch key {
        case .char(let scalar):
            insert(Character(scalar))
        case .left, .ctrl("b"):
            cursor = max(0, cursor - 1)
        case .right, .ctrl("f"):
            cursor = min(characters.count, cursor + 1)
        case .home, .ctrl("a"):
            cursor = 0
        case .end, .ctrl("e"):
            cursor = characters.count
        case .backspace, .ctrl("h"):
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .ctrl("d"):
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .ctrl("u"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .ctrl("k"):
            characters.removeSubrange(cursor...)
        case .ctrl("w"):
            deleteWordBeforeCursor()
        default:
            return false
        }
        return true
    }

    /// Inserts text at the cursor (a paste arrives as many characters).
    public mutating func insert(_ character: Character) {
        // Control characters never enter the line: they would reach the screen and the store.
        guard !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return }
        characters.insert(character, at: cursor)
        cursor += 1
    }

    mutating func deleteWordBeforeCursor() {
        var start = cursor
        while start > 0, characters[start - 1] == " " { start -= 1 }
        while start > 0, characters[start - 1] != " " { start -= 1 }
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    /// The word the cursor is at the end of (from the last space before the cursor), and where it starts.
    public var wordBeforeCursor: (start: Int, word: String) {
        var start = cursor
        while start > 0, characters[start - 1] != " " { start -= 1 }
        return (start, String(characters[start..<cursor]))
    }

    /// Replaces the word before the cursor with `word`.
    public mutating func replaceWordBeforeCursor(with word: String) {
        let start = wordBeforeCursor.start
        characters.replaceSubrange(start..<cursor, with: Array(word))
        cursor = start + word.count
    }

    /// The text before the cursor.
    public var textBeforeCursor: String { String(characters[0..<cursor]) }
}

extension LineEditor {
    /// Puts the cursor before character `index` (clamped).
    mutating func moveCursor(to index: Int) {
        cursor = max(0, min(index, characters.count))
    }
}
