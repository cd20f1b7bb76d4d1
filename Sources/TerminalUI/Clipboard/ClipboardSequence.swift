/// The OSC 52 sequence that puts text on the clipboard of the machine the user sits at.
///
/// Over SSH the server has no clipboard of its own, but the user's terminal emulator does: OSC 52
/// (`ESC ] 52 ; c ; BASE64 BEL`) asks it to set its clipboard. The text travels base64-encoded, so
/// nothing in it can be read by the terminal as a control sequence. Terminals cap the sequence
/// (xterm and others around 100,000 bytes), so longer texts are refused rather than truncated.
/// Inside GNU screen the sequence must be wrapped in a DCS passthrough, in chunks screen accepts;
/// tmux passes OSC 52 on by itself when its `set-clipboard` option allows it.
public enum ClipboardSequence {
    /// The longest encoded text sent; beyond it terminals drop or cut the sequence.
    public static let maximumEncodedBytes = 100_000
    /// GNU screen's limit on one DCS string.
    static let screenChunk = 768

    /// How the sequence must be wrapped to reach the terminal emulator.
    public enum Wrapping: Sendable, Equatable {
        case none
        /// `ESC P … ESC \` around each chunk, for GNU screen.
        case screen
    }

    /// The bytes to write, or nil when the text is too long for one sequence.
    public static func bytes(for text: String, wrapping: Wrapping = .none) -> [UInt8]? {
        let payload = Base64.encode(Array(text.utf8))
        guard payload.count <= maximumEncodedBytes else { return nil }
        let sequence = Array("\u{1B}]52;c;".utf8) + payload + [0x07]
        switch wrapping {
        case .none:
            return sequence
        case .screen:
            var wrapped: [UInt8] = []
            var start = 0
            while start < sequence.count {
                let end = min(start + screenChunk, sequence.count)
                wrapped += [0x1B, 0x50] + sequence[start..<end] + [0x1B, 0x5C]
                start = end
            }
            return wrapped
        }
    }

    /// The wrapping for the environment `variable` looks in: GNU screen sets `STY` (tmux, which
    /// may also say `TERM=screen`, sets `TMUX`).
    public static func wrapping(_ variable: (String) -> String?) -> Wrapping {
        variable("STY") != nil && variable("TMUX") == nil ? .screen : .none
    }
}
