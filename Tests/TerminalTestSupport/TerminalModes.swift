import Foundation

/// A terminal's modes (termios), compared and printed the way `stty -g` does.
public struct TerminalModes: Equatable, CustomStringConvertible {
    public var inputFlags: UInt32
    public var outputFlags: UInt32
    public var controlFlags: UInt32
    public var localFlags: UInt32
    public var controlCharacters: [UInt8]

    /// The modes of the terminal open as `descriptor`, or nil when it cannot be read.
    public static func read(_ descriptor: Int32) -> TerminalModes? {
        var settings = termios()
        guard tcgetattr(descriptor, &settings) == 0 else { return nil }
        let characters = withUnsafeBytes(of: settings.c_cc) { Array($0) }
        return TerminalModes(inputFlags: settings.c_iflag, outputFlags: settings.c_oflag,
                             controlFlags: settings.c_cflag, localFlags: settings.c_lflag,
                             controlCharacters: characters)
    }

    /// `stty -g` format: the four flag words and the control characters in hex, colon-separated.
    public var description: String {
        ([inputFlags, outputFlags, controlFlags, localFlags].map { String($0, radix: 16) }
            + controlCharacters.map { String($0, radix: 16) }).joined(separator: ":")
    }

    /// True in raw-ish program mode: no canonical input, no echo.
    public var isRaw: Bool {
        localFlags & UInt32(ICANON) == 0 && localFlags & UInt32(ECHO) == 0
    }
}
