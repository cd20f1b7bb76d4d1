/// Splits what a program wrote to a terminal into control sequences and text.
///
/// A control sequence is anything a terminal acts on instead of showing: escape sequences (CSI,
/// OSC, DCS, SOS, PM, APC, character-set designations and two-byte escapes), C0 controls, DEL,
/// C1 controls (as UTF-8 `C2 80`…`C2 9F` or as lone 8-bit bytes), and the Unicode characters
/// that reorder or hide text (bidi controls, zero-width and other format characters, line and
/// paragraph separators). Everything else is printable text.
public enum ControlSequences {
    public enum Kind: String, CaseIterable, Sendable {
        case csi = "CSI"
        case osc = "OSC"
        /// DCS, SOS, PM and APC: strings a terminal consumes until ST.
        case controlString = "DCS/SOS/PM/APC"
        case escape = "ESC"
        case c0 = "C0"
        case delete = "DEL"
        case c1 = "C1"
        case rawC1 = "8-bit C1 byte"
        case format = "bidi/format/separator"
    }

    /// One control sequence: its kind and its bytes.
    public struct Sequence: Hashable, CustomStringConvertible, Sendable {
        public var kind: Kind
        public var bytes: [UInt8]

        /// The bytes with ESC as `\e` and other controls as `\xNN`.
        public var description: String {
            bytes.map { byte -> String in
                switch byte {
                case 0x1B: return "\\e"
                case 0x20..<0x7F: return String(UnicodeScalar(byte))
                default: return "\\x" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
                }
            }.joined()
        }

        /// For an OSC, the number before the first `;` (0 and 2 set the window title, 52 the clipboard).
        public var oscCommand: Int? {
            guard kind == .osc, bytes.count > 2 else { return nil }
            let digits = bytes[2...].prefix { (0x30...0x39).contains($0) }
            return Int(String(decoding: digits, as: UTF8.self))
        }
    }

    /// Every control sequence in `bytes`, in order.
    public static func parse(_ bytes: [UInt8]) -> [Sequence] {
        var scanner = Scanner(bytes: bytes)
        return scanner.all()
    }

    /// How many times each control sequence occurs.
    public static func multiset(_ bytes: [UInt8]) -> [Sequence: Int] {
        var counts: [Sequence: Int] = [:]
        for sequence in parse(bytes) { counts[sequence, default: 0] += 1 }
        return counts
    }

    /// The sequences whose counts differ between `a` and `b`: (sequence, count in a, count in b).
    public static func differences(_ a: [Sequence: Int], _ b: [Sequence: Int]) -> [(Sequence, Int, Int)] {
        Set(a.keys).union(b.keys).compactMap { key in
            let (x, y) = (a[key] ?? 0, b[key] ?? 0)
            return x == y ? nil : (key, x, y)
        }.sorted { $0.0.description < $1.0.description }
    }

    /// Scalars that reorder, hide or break text on screen without being C0/C1 controls.
    public static func isFormatScalar(_ value: UInt32) -> Bool {
        switch value {
        case 0x061C, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0xFFF9...0xFFFB:
            return true
        default:
            return false
        }
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        var found: [Sequence] = []

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        mutating func all() -> [Sequence] {
            while index < bytes.count {
                let start = index
                let byte = bytes[index]
                switch byte {
                case 0x1B:
                    scanEscape()
                case 0x00..<0x20:
                    index += 1
                    emit(.c0, from: start)
                case 0x7F:
                    index += 1
                    emit(.delete, from: start)
                case 0x80..<0xC0:
                    index += 1
                    if byte < 0xA0 { emit(.rawC1, from: start) }
                default:
                    scanUTF8(start: start)
                }
            }
            return found
        }

        mutating func emit(_ kind: Kind, from start: Int) {
            found.append(Sequence(kind: kind, bytes: Array(bytes[start..<index])))
        }

        mutating func scanEscape() {
            let start = index
            index += 1
            guard index < bytes.count else { return emit(.escape, from: start) }
            let introducer = bytes[index]
            index += 1
            switch introducer {
            case UInt8(ascii: "["):
                // Parameters and intermediates, then one final byte.
                while index < bytes.count, (0x20...0x3F).contains(bytes[index]) { index += 1 }
                if index < bytes.count, (0x40...0x7E).contains(bytes[index]) { index += 1 }
                emit(.csi, from: start)
            case UInt8(ascii: "]"):
                scanString(until: true)
                emit(.osc, from: start)
            case UInt8(ascii: "P"), UInt8(ascii: "X"), UInt8(ascii: "^"), UInt8(ascii: "_"):
                scanString(until: false)
                emit(.controlString, from: start)
            case 0x20...0x2F:
                // nF: intermediates, then a final byte (ESC ( B designates ASCII).
                while index < bytes.count, (0x20...0x2F).contains(bytes[index]) { index += 1 }
                if index < bytes.count { index += 1 }
                emit(.escape, from: start)
            default:
                emit(.escape, from: start)
            }
        }

        /// Skips to the end of a control string: ST (ESC \ or C1 9C), or BEL for an OSC.
        mutating func scanString(until bellEnds: Bool) {
            while index < bytes.count {
                let byte = bytes[index]
                if bellEnds && byte == 0x07 { index += 1; return }
                if byte == 0x1B {
                    if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\\") { index += 2 }
                    return  // another ESC ends the string too (and starts the next sequence)
                }
                if byte == 0x9C { index += 1; return }
                if byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0x9C { index += 2; return }
                index += 1
            }
        }

        mutating func scanUTF8(start: Int) {
            let byte = bytes[start]
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            guard start + length <= bytes.count,
                  bytes[(start + 1)..<(start + length)].allSatisfy({ $0 & 0xC0 == 0x80 }) else {
                index = start + 1
                return
            }
            var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for continuation in bytes[(start + 1)..<(start + length)] {
                value = value << 6 | UInt32(continuation & 0x3F)
            }
            index = start + length
            if (0x80...0x9F).contains(value) {
                emit(.c1, from: start)
            } else if isFormatScalar(value) {
                emit(.format, from: start)
            }
        }
    }
}
