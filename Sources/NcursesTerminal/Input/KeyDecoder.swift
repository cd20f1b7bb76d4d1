import CNcursesw
import TerminalUI

/// Turns what `wget_wch` returns into a ``Key``, so keymaps and tests never see curses codes.
///
/// Terminals disagree on a few keys, so several codes map to one key: Enter is CR, LF or
/// `KEY_ENTER`; Backspace is `KEY_BACKSPACE`, DEL (0x7F) or Ctrl-H (0x08).
enum KeyDecoder {
    /// The key for a character (`wget_wch` returned `OK`), or nil for one that is not a key.
    static func key(forCharacter value: UInt32) -> Key? {
        switch value {
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x08, 0x7F: return .backspace
        case 0x1B: return .escape
        case 0x01...0x1A: return Unicode.Scalar(0x60 + value).map(Key.ctrl)
        case 0x00..<0x20, 0x80..<0xA0: return nil
        default: return Unicode.Scalar(value).map(Key.char)
        }
    }

    /// The key for a function-key code (`wget_wch` returned `KEY_CODE_YES`), or nil for one
    /// earshot has no use for. `KEY_RESIZE` is an event, not a key: the caller handles it.
    static func key(forKeyCode code: Int32) -> Key? {
        if code > KEY_F0 && code <= KEY_F0 + 24 { return .function(Int(code - KEY_F0)) }
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME, KEY_A1, KEY_FIND: return .home
        case KEY_END, KEY_C1, KEY_SELECT: return .end
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        default: return nil
        }
    }
}
