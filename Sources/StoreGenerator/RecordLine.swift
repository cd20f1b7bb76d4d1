/// Builds one JSON object of the import format, one member at a time, in the order added.
struct RecordLine {
    private(set) var text = "{"
    private var empty = true

    init(type: String) {
        string("type", type)
    }

    mutating func string(_ key: String, _ value: String?) {
        open(key)
        if let value { JSONText.append(value, to: &text) } else { text += "null" }
    }

    mutating func number(_ key: String, _ value: Int?) {
        open(key)
        text += value.map(String.init) ?? "null"
    }

    mutating func bool(_ key: String, _ value: Bool) {
        open(key)
        text += value ? "true" : "false"
    }

    mutating func strings(_ key: String, _ values: [String]) {
        open(key)
        text += "["
        for (index, value) in values.enumerated() {
            if index > 0 { text += "," }
            JSONText.append(value, to: &text)
        }
        text += "]"
    }

    /// A member whose value is already JSON.
    mutating func raw(_ key: String, _ json: String) {
        open(key)
        text += json
    }

    /// The object and its line end.
    var line: String { text + "}\n" }

    private mutating func open(_ key: String) {
        if !empty { text += "," }
        empty = false
        JSONText.append(key, to: &text)
        text += ":"
    }
}

/// JSON string literals (RFC 8259 §7).
enum JSONText {
    static func append(_ value: String, to out: inout String) {
        out += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    static func quoted(_ value: String) -> String {
        var out = ""
        append(value, to: &out)
        return out
    }
}
