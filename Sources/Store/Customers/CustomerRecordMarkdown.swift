/// A customer's record as Markdown a person can read: one section per kind, one heading per
/// entity, its fields as a list, its notes and history as nested lists.
///
/// Customer text is written as it is, inside the list items; Markdown characters in it are
/// escaped so that it reads as the customer wrote it.
public enum CustomerRecordMarkdown {
    public static func text(_ record: StoreJSON) -> String {
        let customer = record.field("customer") ?? .null
        let name = customer.field("name")?.plainText ?? "?"
        let id = customer.field("id")?.plainText ?? "?"
        var lines = ["# Everything held about \(escaped(name)) (\(id))", ""]
        if let exported = record.field("exported")?.plainText {
            lines += ["Exported \(exported) by \(record.field("exported_by")?.plainText ?? "?").", ""]
        }
        lines += section("Customer", [customer])
        for (title, key) in [("Items", "items"), ("Complaints", "complaints"), ("Follow-ups", "followups")] {
            if case .array(let entities)? = record.field(key) { lines += section(title, entities) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func section(_ title: String, _ entities: [StoreJSON]) -> [String] {
        var lines = ["## \(title) (\(entities.count))", ""]
        if entities.isEmpty { lines += ["None.", ""] }
        for entity in entities {
            lines.append("### \(entity.field("id")?.plainText ?? "?")")
            lines.append("")
            guard case .object(let members) = entity else { continue }
            for member in members where member.key != "id" {
                lines += item(member.key, member.value, depth: 0)
            }
            lines.append("")
        }
        return lines
    }

    private static func item(_ key: String, _ value: StoreJSON, depth: Int) -> [String] {
        let indent = String(repeating: "  ", count: depth)
        switch value {
        case .array(let values):
            guard !values.isEmpty else { return ["\(indent)- **\(key)**: none"] }
            if values.allSatisfy({ $0.plainText != nil }) {
                return ["\(indent)- **\(key)**: " + values.compactMap(\.plainText).map(escaped).joined(separator: ", ")]
            }
            return ["\(indent)- **\(key)**:"] + values.flatMap { element -> [String] in
                guard case .object(let members) = element else { return item("-", element, depth: depth + 1) }
                let line = members.filter { $0.value != .null }.map { "\($0.key): \($0.value.plainText.map(escaped) ?? $0.value.serialized())" }
                return ["\(indent)  - " + line.joined(separator: " · ")]
            }
        case .object(let members):
            return ["\(indent)- **\(key)**:"] + members.flatMap { item($0.key, $0.value, depth: depth + 1) }
        default:
            return ["\(indent)- **\(key)**: " + (value.plainText.map(escaped) ?? "—")]
        }
    }

    /// Markdown's own characters escaped, line breaks kept inside the list item.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>#|".contains(character) { out.append("\\") }
            out.append(character)
            if character.isNewline { out += "  " }
        }
        return out
    }
}

extension StoreJSON {
    /// The value of member `key` of an object.
    public func field(_ key: String) -> StoreJSON? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// A scalar as text (nil for null, arrays and objects).
    var plainText: String? {
        switch self {
        case .string(let text): return text
        case .int(let value): return String(value)
        case .double(let value): return StoreJSON.double(value).serialized()
        case .bool(let value): return value ? "yes" : "no"
        default: return nil
        }
    }
}
