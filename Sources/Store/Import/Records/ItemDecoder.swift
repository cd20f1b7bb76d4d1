/// Checks the fields of an item record (JSON or a CSV row), accepting the column aliases.
enum ItemDecoder {
    static func decode(_ reader: inout FieldReader) -> ItemRecord? {
        let (fileID, externalID) = ids(&reader)
        let status = reader.choice(names(.status), allowed: Vocabulary.itemStatuses, fallback: "new") ?? "new"
        var item = ItemRecord(
            fileID: fileID,
            brand: reader.reference(names(.brand)),
            kind: reader.choice(names(.kind), allowed: Vocabulary.itemKinds, fallback: "review") ?? "review",
            source: reader.source(names(.source)),
            externalID: externalID,
            url: reader.optionalString(names(.url)),
            author: reader.optionalString(names(.author))?.trimmingSpaces ?? "",
            customer: reader.reference(names(.customer)),
            mayLinkByHandle: !reader.record.fields.contains(.customer),
            rating: reader.rating(names(.rating)),
            title: reader.optionalString(names(.title)),
            text: reader.string(names(.text), required: true, limit: FieldLimits.longText) ?? "",
            language: reader.optionalString(names(.lang), limit: 16)?.trimmingSpaces.lowercased(),
            posted: reader.time(names(.posted)),
            status: status,
            waitingUntil: reader.time(names(.waitingUntil)),
            duplicateOf: reader.reference(names(.duplicateOf)),
            priority: reader.choice(names(.priority), allowed: Vocabulary.priorities, fallback: "normal") ?? "normal",
            assignee: reader.optionalString(names(.assignee)),
            tags: normalisedTags(reader.stringList(names(.tags))),
            notes: NoteDecoder.notes(&reader))
        if status == "waiting", item.waitingUntil == nil {
            reader.failRecord("waiting_until", "is missing: a waiting item needs the date to wait until")
        }
        if status == "duplicate", item.duplicateOf == nil {
            reader.failRecord("duplicate_of", "is missing: a duplicate item needs the id of the item it repeats")
        }
        if status != "duplicate" { item.duplicateOf = nil }
        return item
    }

    /// The names accepted for an item field, the canonical name first (`FieldAliases`).
    private static func names(_ canonical: FieldName) -> [FieldName] {
        aliases[Int(canonical.rawValue)]
    }

    /// `FieldAliases.item` by field, looked up once rather than by string for every record.
    private static let aliases: [[FieldName]] = FieldName.allCases.map { name in
        (FieldAliases.item[name.spelling] ?? [name.spelling]).compactMap { FieldName(key: $0) }
    }

    /// `id` is the file's short id when it looks like R12; otherwise it is the source's own id.
    private static func ids(_ reader: inout FieldReader) -> (fileID: String?, externalID: String?) {
        let externalID = reader.optionalString(names(.externalID))?.trimmingSpaces
        guard let id = reader.optionalString(names(.id))?.trimmingSpaces else { return (nil, externalID) }
        if ShortID(id, kind: .item) != nil { return (id, externalID) }
        return (nil, externalID ?? id)
    }

    /// Lower case, without repeats, in first-seen order.
    private static func normalisedTags(_ tags: [String]) -> [String] {
        var seen = Set<String>()
        return tags.map { $0.lowercased() }.filter { seen.insert($0).inserted }
    }
}
