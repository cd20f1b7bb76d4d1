/// Reads the notes of an item, complaint or follow-up record.
enum NoteDecoder {
    /// `"notes": [{"author": "sam", "at": "…", "text": "…"}]`; a plain string is a note's text.
    static func notes(_ reader: inout FieldReader) -> [NoteRecord] {
        guard let field = reader.field([.notes]) else { return [] }
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
            var fields = SourceFields(capacity: object.members.count)
            for member in object.members {
                guard let name = member.name else { continue }
                fields.set(name, SourceField(label: "\(field.label).\(member.key)", value: member.value, line: member.line))
            }
            let source = SourceRecord(file: reader.record.file, line: object.line, fields: fields,
                                      raw: nil, isCSVRow: false)
            var noteReader = FieldReader(record: source, dateShift: reader.dateShift, kindName: "note")
            let note = NoteRecord(author: noteReader.optionalString([.author]),
                                  at: noteReader.time([.at]),
                                  text: noteReader.string([.text], required: true, limit: FieldLimits.longText) ?? "")
            reader.append(noteReader.errors)
            return noteReader.errors.isEmpty ? note : nil
        default:
            reader.fail(field, "each note must be an object or a text, not \(element.typeName)")
            return nil
        }
    }
}
