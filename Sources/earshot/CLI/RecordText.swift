import Store

/// An entity record as text for people: one `field: value` line per field, multi-line text
/// indented, notes and history one line each. Customer text is sanitised for the terminal.
enum RecordText {
    static func lines(_ record: StoreJSON) -> [String] {
        guard case .object(let members) = record else { return [] }
        var lines: [String] = []
        for member in members where member.key != "type" {
            switch (member.key, member.value) {
            case ("notes", .array(let notes)):
                guard !notes.isEmpty else { continue }
                lines.append("notes:")
                lines += notes.flatMap(noteLines)
            case ("history", .array(let events)):
                lines.append("history:")
                lines += events.map(eventLine)
            case (let key, .string(let text)) where text.contains(where: \.isNewline):
                lines.append("\(key):")
                lines += CommandOutput.safeLines(text).map { "    " + $0 }
            case (let key, let value):
                lines.append("\(key): \(inline(value))")
            }
        }
        return lines
    }

    /// A value on one line: scalars as they are, lists joined, objects as key=value pairs.
    static func inline(_ value: StoreJSON) -> String {
        switch value {
        case .null: return "-"
        case .bool(let flag): return flag ? "yes" : "no"
        case .int(let number): return String(number)
        case .double(let number): return String(format: "%.2f", number)
        case .string(let text): return CommandOutput.safe(text)
        case .array(let values): return values.isEmpty ? "-" : values.map(inline).joined(separator: ", ")
        case .object(let members):
            return members.map { "\($0.key) \(inline($0.value))" }.joined(separator: " ")
        }
    }

    private static func field(_ members: [StoreJSONMember], _ key: String) -> String {
        members.first { $0.key == key }.map { inline($0.value) } ?? "-"
    }

    private static func noteLines(_ note: StoreJSON) -> [String] {
        guard case .object(let members) = note else { return [] }
        let text = members.first { $0.key == "text" }.flatMap { member -> String? in
            if case .string(let text) = member.value { return text }
            return nil
        } ?? ""
        let head = "  \(field(members, "at")) \(field(members, "author")): "
        let body = CommandOutput.safeLines(text)
        return [head + (body.first ?? "")] + body.dropFirst().map { "      " + $0 }
    }

    private static func eventLine(_ event: StoreJSON) -> String {
        guard case .object(let members) = event else { return "" }
        let before = field(members, "before")
        let after = field(members, "after")
        let change: String
        switch (before, after) {
        case ("-", _): change = after == "-" ? "" : " " + cut(after)
        case (_, "-"): change = " removed " + cut(before)
        default: change = " " + cut(before) + " → " + cut(after)
        }
        let version = field(members, "version")
        return "  \(field(members, "at")) \(field(members, "user")) \(field(members, "field"))\(change)"
            + (version == "-" ? "" : " (v\(version))")
    }

    private static func cut(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
        return line.count > 60 ? String(line.prefix(59)) + "…" : line
    }
}
