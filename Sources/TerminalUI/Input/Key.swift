/// A key press, normalised at the back end so keymaps and tests never see curses codes.
public enum Key: Hashable, Sendable {
    /// A printable character (space included).
    case char(Unicode.Scalar)
    /// A control chord, Ctrl plus a lowercase letter (Ctrl-L is `.ctrl("l")`).
    case ctrl(Unicode.Scalar)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, escape, tab, backTab, backspace, delete, insert
    case function(Int)
}

extension Key: CustomStringConvertible {
    /// The key's name as the config file and the help screen write it: `j`, `<Down>`, `<C-l>`.
    public var description: String {
        switch self {
        case .char(" "): return "<Space>"
        case .char("<"): return "<lt>"
        case .char(let s): return String(s)
        case .ctrl(let s): return "<C-\(s)>"
        case .up: return "<Up>"
        case .down: return "<Down>"
        case .left: return "<Left>"
        case .right: return "<Right>"
        case .home: return "<Home>"
        case .end: return "<End>"
        case .pageUp: return "<PgUp>"
        case .pageDown: return "<PgDn>"
        case .enter: return "<Enter>"
        case .escape: return "<Esc>"
        case .tab: return "<Tab>"
        case .backTab: return "<S-Tab>"
        case .backspace: return "<BS>"
        case .delete: return "<Del>"
        case .insert: return "<Ins>"
        case .function(let n): return "<F\(n)>"
        }
    }

    /// A short label for status-bar hints: `j`, `↓`, `^L`, `Enter`.
    public var hint: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let s): return String(s)
        case .ctrl(let s): return "^" + String(s).uppercased()
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .backTab: return "S-Tab"
        default:
            let name = description
            return String(name.dropFirst().dropLast())
        }
    }

    /// Parses a key name as written in the config file: `j`, `G`, `<Down>`, `<C-l>`, `<Space>`.
    public init?(name: String) {
        if name.unicodeScalars.count == 1, let s = name.unicodeScalars.first, s.value >= 0x21, s.value != 0x7F {
            self = .char(s)
            return
        }
        guard name.hasPrefix("<"), name.hasSuffix(">"), name.count > 2 else { return nil }
        let inner = String(name.dropFirst().dropLast())
        let lower = inner.lowercased()
        if lower.hasPrefix("c-"), inner.unicodeScalars.count == 3, let s = lower.unicodeScalars.last,
           ("a"..."z").contains(s) {
            self = .ctrl(s)
            return
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...24).contains(n) {
            self = .function(n)
            return
        }
        let named: [String: Key] = [
            "space": .char(" "), "lt": .char("<"), "up": .up, "down": .down, "left": .left, "right": .right,
            "home": .home, "end": .end, "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown,
            "pagedown": .pageDown, "enter": .enter, "cr": .enter, "return": .enter, "esc": .escape,
            "escape": .escape, "tab": .tab, "s-tab": .backTab, "backtab": .backTab, "bs": .backspace,
            "backspace": .backspace, "del": .delete, "delete": .delete, "ins": .insert, "insert": .insert,
        ]
        guard let key = named[lower] else { return nil }
        self = key
    }
}
