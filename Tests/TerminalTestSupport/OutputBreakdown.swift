/// Where the bytes of a terminal update go: cursor movement, colours and attributes, text.
public struct OutputBreakdown: CustomStringConvertible {
    public var total = 0
    /// CSI H/A/B/C/D/G/d and CR, LF, BS: moving the cursor.
    public var cursorMovement = 0
    /// SGR (CSI … m) setting colours or attributes.
    public var colorAndAttributes = 0
    /// Resets: SGR 0 (`ESC [ m`), ASCII designation (`ESC ( B`) and default colours (`ESC [ 39;49 m`).
    public var resets = 0
    /// Any other control sequence (erasing, modes…).
    public var otherControls = 0
    /// Printable ASCII.
    public var asciiText = 0
    /// Printable text outside ASCII (UTF-8, 2-4 bytes a character).
    public var otherText = 0
    /// Printable characters (not bytes) sent.
    public var characters = 0

    public init(_ bytes: [UInt8]) {
        total = bytes.count
        var controlBytes = 0
        for sequence in ControlSequences.parse(bytes) {
            controlBytes += sequence.bytes.count
            switch Self.category(of: sequence) {
            case 0: cursorMovement += sequence.bytes.count
            case 1: colorAndAttributes += sequence.bytes.count
            case 2: resets += sequence.bytes.count
            default: otherControls += sequence.bytes.count
            }
        }
        for byte in Self.textBytes(bytes) {
            if byte < 0x80 { asciiText += 1; characters += 1 } else {
                otherText += 1
                if byte & 0xC0 != 0x80 { characters += 1 }
            }
        }
    }

    /// 0 movement, 1 colour/attributes, 2 reset, 3 other.
    static func category(of sequence: ControlSequences.Sequence) -> Int {
        let text = sequence.description
        switch sequence.kind {
        case .c0:
            return [0x0D, 0x0A, 0x08].contains(sequence.bytes.first ?? 0) ? 0 : 3
        case .csi:
            guard let final = sequence.bytes.last else { return 3 }
            if "HABCDGdf".utf8.contains(final) { return 0 }
            if final == UInt8(ascii: "m") {
                return ["\\e[m", "\\e[0m", "\\e[39;49m", "\\e[39m", "\\e[49m"].contains(text) ? 2 : 1
            }
            return 3
        case .escape:
            return text == "\\e(B" ? 2 : 3
        default:
            return 3
        }
    }

    /// The bytes that are not part of any control sequence.
    static func textBytes(_ bytes: [UInt8]) -> [UInt8] {
        var text: [UInt8] = []
        var index = 0
        for sequence in ControlSequences.parse(bytes) {
            // Sequences come in order; find each one from where the previous ended.
            guard let range = bytes.indexRange(of: sequence.bytes, from: index) else { continue }
            text += bytes[index..<range.lowerBound]
            index = range.upperBound
        }
        text += bytes[index...]
        return text
    }

    public var description: String {
        "\(total) bytes: text \(asciiText + otherText) (\(characters) characters, \(otherText) bytes of them non-ASCII UTF-8), "
            + "cursor movement \(cursorMovement), colours/attributes \(colorAndAttributes), resets \(resets), other controls \(otherControls)"
    }
}
