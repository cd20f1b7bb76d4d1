/// Checks the fields of an item record (JSON or a CSV row), accepting the column aliases.
enum ItemDecoder {
    static func decode(_ reader: inout FieldReader) -> ItemRecord? {
        let (fileID, externalID) = ids(&reader)
        let status = reader.choice(names("status"), allowed: Vocabulary.itemStatuses, fallback: "new") ?? "new"
        var item = ItemRecord(
            fileID: fileID,
            brand: reader.reference(names("brand")),
            kind: reader.choice(names("kind"), allowed: Vocabulary.itemKinds, fallback: "review") ?? "review",
            source: reader.source(names("source")),
            externalID: externalID,
            url: reader.optionalString(names("url")),
            author: reader.optionalString(names("author"))?.trimmingSpaces ?? "",
            customer: reader.reference(names("customer")),
            mayLinkByHandle: reader.record.fields["customer"] == nil,
            rating: reader.rating(names("rating")),
            title: reader.optionalString(names("title")),
            text: reader.string(names("text"), required: true, limit: FieldLimits.longText) ?? "",
            language: reader.optionalString(names("lang"), limit: 16)?.trimmingSpaces.lowercased(),
            posted: reader.time(names("posted")),
            status: status,
            waitingUntil: reader.time(names("waiting_until")),
            duplicateOf: reader.reference(names("duplicate_of")),
            priority: reader.choice(names("priority"), allowed: Vocabulary.priorities, fallback: "normal") ?? "normal",
            assignee: reader.optionalString(names("assignee")),
            tags: normalisedTags(reader.stringList(names("tags"))),
            notes: notes(&reader))
        if status == "waiting", item.waitingUntil == nil {
            reader.failRecord("waiting_until", "is missing: a waiting item needs the date to wait until")
        }
        if status == "duplicate", item.duplicateOf == nil {
            reader.failRecord("duplicate_of", "is missing: a duplicate item needs the id of the item it repeats")
        }
        if status != "duplicate" { item.duplicateOf = nil }
        return item
    }

    private static func names(_ canonical: String) -> [String] {
        FieldAliases.item[canonical] ?? [canonical]
    }

    /// `id` is the file's short id when it looks like R12; otherwise it is the source's own id.
    private static func ids(_ reader: inout FieldReader) -> (fileID: String?, externalID: String?) {
        let externalID = reader.optionalString(names("external_id"))?.trimmingSpaces
        guard let id = reader.optionalString(["id"])?.trimmingSpaces else { return (nil, externalID) }
        if ShortID(id, kind: .item) != nil { return (id, externalID) }
        return (nil, externalID ?? id)
    }

    /// Lower case, without repeats, in first-seen order.
    private static func normalisedTags(_ tags: [String]) -> [String] {
        var seen = Set<String>()
        return tags.map { $0.lowercased() }.filter { seen.insert($0).inserted }
    }

    /// `"notes": [{"author": "sam", "at": "…", "text": "…"}]`; a plain string is a note's text.
    private static func notes(_ reader: inout FieldReader) -> [NoteRecord] {
        guard let field = reader.field(["notes"]) else { return [] }
        let elements: [JSONValue]
        switch field.value {
        case .array(let list): elements = list
        case .string(let text): elements = text.trimmingSpaces.isEmpty ? [] : [.string(text)]
        default:
            reader.fail(field, "must be a list of notes like [{\"author\": \"sam\", \"at\": \"…\", \"text\": \"…\"}]")
            return []
        }
        var notes: [NoteRecord] = []
        for element in elements {
            if let note = note(element, field: field, reader: &reader) { notes.append(note) }
        }
        return notes
    }

    private static func note(_ element: JSONValue, field: SourceField, reader: inout FieldReader) -> NoteRecord? {
        switch element {
        case .string(let text):
            guard reader.check(text, field, limit: FieldLimits.longText) else { return nil }
            return NoteRecord(author: nil, at: nil, text: text)
        case .object(let object):
            var fields: [String: SourceField] = [:]
            for member in object.members {
                fields[member.key.lowercased()] = SourceField(label: "\(field.label).\(member.key)",
                                                              value: member.value, line: member.line)
            }
            let source = SourceRecord(file: reader.record.file, line: object.line, fields: fields,
                                      raw: nil, isCSVRow: false)
            var noteReader = FieldReader(record: source, dateShift: reader.dateShift, kindName: "note")
            let note = NoteRecord(author: noteReader.optionalString(["author"]),
                                  at: noteReader.time(["at"]),
                                  text: noteReader.string(["text"], required: true, limit: FieldLimits.longText) ?? "")
            reader.append(noteReader.errors)
            return noteReader.errors.isEmpty ? note : nil
        default:
            reader.fail(field, "each note must be an object or a text, not \(element.typeName)")
            return nil
        }
    }
}
