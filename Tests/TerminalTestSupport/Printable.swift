/// Terminal output made readable in a test message: ESC as `\e`, other controls as `\xNN`.
public enum Printable {
    public static func text(_ bytes: [UInt8], limit: Int = 4_000) -> String {
        let shown = String(decoding: bytes.prefix(limit), as: UTF8.self).unicodeScalars.map { scalar -> String in
            switch scalar.value {
            case 0x1B: return "\\e"
            case 0x0A: return "\\n"
            case 0x0D: return "\\r"
            case 0x00..<0x20, 0x7F...0x9F: return "\\x" + String(scalar.value, radix: 16, uppercase: true)
            default: return String(scalar)
            }
        }.joined()
        return bytes.count > limit ? shown + "… (\(bytes.count - limit) more bytes)" : shown
    }
}
