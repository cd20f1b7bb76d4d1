/// A generated item as a line of JSON Lines (the full import format) and as a CSV row.
enum ItemLines {
    static func json(_ item: GeneratedItem) -> String {
        var line = RecordLine(type: "item")
        line.string("id", "R\(item.number)")
        line.string("brand", "B\(item.brand)")
        line.string("kind", item.kind)
        line.string("source", item.source)
        line.string("external_id", item.externalID)
        line.string("url", item.url)
        line.string("author", item.author)
        line.string("customer", item.customer.map { "P\($0)" })
        line.number("rating", item.rating)
        line.string("title", item.title)
        line.string("text", item.text)
        line.string("lang", item.language)
        line.string("posted", GeneratorTime.iso(item.posted))
        line.string("status", item.status)
        line.string("waiting_until", item.waitingUntil.map(GeneratorTime.iso))
        line.string("duplicate_of", item.duplicateOf.map { "R\($0)" })
        line.string("priority", item.priority)
        line.string("assignee", item.assignee)
        line.strings("tags", item.tags)
        var notes = "["
        for (index, note) in item.notes.enumerated() {
            if index > 0 { notes += "," }
            notes += "{\"author\":\(JSONText.quoted(note.author)),\"at\":\"\(GeneratorTime.iso(note.at))\","
                + "\"text\":\(JSONText.quoted(note.text))}"
        }
        line.raw("notes", notes + "]")
        return line.line
    }

    /// The CSV columns: item fields only (brands by name; no customers or notes).
    static let csvHeader = "id,brand,kind,source,external_id,url,author,rating,title,text,lang,posted,status,"
        + "waiting_until,duplicate_of,priority,assignee,tags\n"

    static func csv(_ item: GeneratedItem) -> String {
        let fields: [String?] = [
            "R\(item.number)", StoreGenerator.brandName(item.brand), item.kind, item.source, item.externalID, item.url,
            item.author, item.rating.map(String.init), item.title, item.text, item.language,
            GeneratorTime.iso(item.posted), item.status, item.waitingUntil.map(GeneratorTime.iso),
            item.duplicateOf.map { "R\($0)" }, item.priority, item.assignee,
            item.tags.isEmpty ? nil : item.tags.joined(separator: ";"),
        ]
        return fields.map { cell($0 ?? "") }.joined(separator: ",") + "\n"
    }

    /// A CSV cell, quoted (RFC 4180) when it holds a comma, quote or line break.
    private static func cell(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 })
        else { return value }
        return "\"" + value.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
