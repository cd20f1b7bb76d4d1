import Foundation
import TerminalUI

/// `earshot reply --copy`: the reply onto the clipboard of the machine the user sits at, with
/// OSC 52 written to the controlling terminal (over SSH too; tmux needs `set -g set-clipboard on`).
enum ReplyClipboard {
    /// Writes the sequence to /dev/tty; the line to show the user about it.
    static func copy(_ text: String, url: String?) -> String {
        let environment = ProcessInfo.processInfo.environment
        let open = url.map { " Then open \($0) and paste it there." } ?? ""
        guard let bytes = ClipboardSequence.bytes(for: text, wrapping: ClipboardSequence.wrapping { environment[$0] }) else {
            return "The reply is too long for the terminal's clipboard: copy it from the text above by hand.\(open)"
        }
        let descriptor = Foundation.open("/dev/tty", O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else {
            return "No terminal to copy through: copy the reply from the text above by hand.\(open)"
        }
        defer { close(descriptor) }
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count else { return "Copying failed: copy the reply from the text above by hand.\(open)" }
        let tmux = environment["TMUX"] != nil ? " (under tmux: set -g set-clipboard on)" : ""
        return "Copied to your clipboard if your terminal allows OSC 52\(tmux); if not, copy it from the text above.\(open)"
    }
}
