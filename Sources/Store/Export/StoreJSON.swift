/// A JSON value with its object keys in a fixed order, written the same way every time: the
/// shape of `export`, `--json` output and the import format.
public indirect enum StoreJSON: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([StoreJSON])
    case object([StoreJSONMember])

    /// An object from key-value pairs, in order.
    public static func object(_ pairs: KeyValuePairs<String, StoreJSON>) -> StoreJSON {
        .object(pairs.map { StoreJSONMember(key: $0.key, value: $0.value) })
    }

    /// The text on one line, no spaces. Strings keep every character except that quotes,
    /// backslashes, C0 and C1 control characters, DEL, line and paragraph separators and bidi
    /// controls are written as escapes: a parser gets the exact text back, and printing the
    /// JSON on a terminal cannot drive it.
    public func serialized() -> String {
        var out = ""
        write(into: &out)
        return out
    }

    func write(into out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .double(let value): out += value.isFinite ? Self.number(value) : "null"
        case .string(let value): Self.writeString(value, into: &out)
        case .array(let values):
            out += "["
            for (index, value) in values.enumerated() {
                if index > 0 { out += "," }
                value.write(into: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { out += "," }
                Self.writeString(member.key, into: &out)
                out += ":"
                member.value.write(into: &out)
            }
            out += "}"
        }
    }

    /// Whole numbers without a fraction, others in Swift's shortest round-trip form.
    private static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    static func writeString(_ text: String, into out: inout String) {
        out += "\""
        // Runs of characters that need no escape are appended whole (most text is one run).
        let scalars = text.unicodeScalars
        var runStart = scalars.startIndex
        var index = runStart
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar.value >= 0x20, scalar.value < 0x7F, scalar != "\"", scalar != "\\" {
                index = scalars.index(after: index)
                continue
            }
            if scalar.value >= 0x7F, !needsEscape(scalar.value) {
                index = scalars.index(after: index)
                continue
            }
            out += String(scalars[runStart..<index])
            writeEscaped(scalar, into: &out)
            index = scalars.index(after: index)
            runStart = index
        }
        out += String(scalars[runStart..<index])
        out += "\""
    }

    /// A quote, backslash or control character as its JSON escape.
    private static func writeEscaped(_ scalar: Unicode.Scalar, into out: inout String) {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
            let hex = String(scalar.value, radix: 16)
            out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
    }

    private static func needsEscape(_ value: UInt32) -> Bool {
        value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029 || value == 0x061C
            || (0x200B...0x200F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value) || value == 0xFEFF
    }
}

/// One key and value of a `StoreJSON` object.
public struct StoreJSONMember: Sendable, Hashable {
    public var key: String
    public var value: StoreJSON

    public init(key: String, value: StoreJSON) {
        self.key = key
        self.value = value
    }
}

extension StoreJSON {
    /// A string, or null for nil.
    static func text(_ value: String?) -> StoreJSON {
        value.map { .string($0) } ?? .null
    }

    /// An ISO 8601 time (a date when it is a whole UTC day and `dayWhenWhole`), or null.
    static func time(_ seconds: Double?, dayWhenWhole: Bool = false) -> StoreJSON {
        guard let seconds else { return .null }
        return .string(dayWhenWhole ? EventText.time(seconds) ?? "" : ISOTime.format(seconds))
    }

    static func integer(_ value: Int64?) -> StoreJSON {
        value.map { .int($0) } ?? .null
    }

    /// A short id ("R12") for a row number, or null.
    static func id(_ kind: EntityKind, _ number: Int64?) -> StoreJSON {
        number.map { .string(kind.prefix + String($0)) } ?? .null
    }

    /// The object with more members appended.
    func appending(_ pairs: KeyValuePairs<String, StoreJSON>) -> StoreJSON {
        guard case .object(let members) = self else { return self }
        return .object(members + pairs.map { StoreJSONMember(key: $0.key, value: $0.value) })
    }
}
