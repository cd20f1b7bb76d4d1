/// Checks a source record field by field and turns it into a typed import record; a record with
/// any bad field is rejected with one error per field.
enum RecordDecoder {
    static let types = ["brand", "customer", "item", "complaint", "followup"]

    static func decode(_ record: SourceRecord, dateShift: Double) -> Result<ImportRecord, Rejection> {
        var reader = FieldReader(record: record, dateShift: dateShift)
        let body: ImportRecord.Body?
        switch recordType(&reader) {
        case "brand": body = .brand(brand(&reader))
        case "customer": body = .customer(customer(&reader))
        case "complaint": body = complaint(&reader).map { .complaint($0) }
        case "followup": body = followUp(&reader).map { .followUp($0) }
        case "item": body = ItemDecoder.decode(&reader).map { .item($0) }
        default: body = nil
        }
        guard let body, reader.errors.isEmpty else {
            return .failure(Rejection(file: record.file, line: record.line, raw: record.raw, errors: reader.errors))
        }
        return .success(ImportRecord(origin: reader.origin, body: body))
    }

    /// A written record type as compared with `types`: spaces around, case, '-' and '_' ignored
    /// ("Follow-Up" is "followup"); one already written that way (nearly all) is kept as it is.
    static func normalizedType(_ written: String) -> String {
        if types.contains(written) { return written }
        return written.trimmingSpaces.lowercased().replacingOccurrences(of: "-", with: "")
            .replacingOccurrences(of: "_", with: "")
    }

    /// "item" when absent (and always for a CSV row); nil (with an error) when unknown.
    private static func recordType(_ reader: inout FieldReader) -> String? {
        if reader.record.isCSVRow { return "item" }
        guard let field = reader.field([.type]) else { return "item" }
        guard case .string(let written) = field.value else {
            reader.fail(field, "must be one of \(types.joined(separator: ", "))")
            return nil
        }
        let type = normalizedType(written)
        guard types.contains(type) else {
            reader.fail(field, "'\(written.prefix(40))' is not one of \(types.joined(separator: ", "))")
            return nil
        }
        return type
    }

    private static func brand(_ reader: inout FieldReader) -> BrandRecord {
        BrandRecord(
            fileID: reader.optionalString([.id]),
            name: reader.string([.name], required: true)?.trimmingSpaces ?? "",
            own: reader.bool([.own]),
            aliases: reader.stringList([.aliases]))
    }

    private static func customer(_ reader: inout FieldReader) -> CustomerRecord {
        CustomerRecord(
            fileID: reader.optionalString([.id]),
            name: reader.string([.name], required: true)?.trimmingSpaces ?? "",
            handles: handles(&reader),
            contact: reader.optionalString([.contact]),
            notes: reader.optionalString([.notes], limit: FieldLimits.longText))
    }

    /// `"handles": {"google": "Maya O."}`, sorted by source.
    private static func handles(_ reader: inout FieldReader) -> [(source: String, handle: String)] {
        guard let field = reader.field([.handles]) else { return [] }
        guard case .object(let object) = field.value else {
            reader.fail(field, "must be an object like {\"google\": \"Maya O.\"}")
            return []
        }
        var handles: [(source: String, handle: String)] = []
        for member in object.members {
            guard case .string(let handle) = member.value, reader.check(handle, field, limit: FieldLimits.shortText) else {
                reader.fail(field, "the handle for '\(member.key)' must be text")
                continue
            }
            handles.append((member.key.trimmingSpaces.lowercased(), handle))
        }
        return handles.sorted { $0.source < $1.source }
    }

    private static func complaint(_ reader: inout FieldReader) -> ComplaintRecord? {
        let record = ComplaintRecord(
            fileID: reader.optionalString([.id]),
            brand: reader.reference([.brand]),
            customer: reader.reference([.customer]),
            customerGiven: reader.record.fields.contains(.customer),
            items: reader.referenceList([.items]),
            category: reader.choice([.category], allowed: Vocabulary.aspects, fallback: nil) ?? "",
            summary: reader.string([.summary], required: true) ?? "",
            severity: reader.choice([.severity], allowed: Vocabulary.severities, fallback: "normal") ?? "normal",
            status: reader.choice([.status], allowed: Vocabulary.complaintStatuses, fallback: "open") ?? "open",
            opened: reader.time([.opened], required: true) ?? 0,
            firstResponseDue: reader.time([.firstResponseDue]),
            resolutionDue: reader.time([.resolutionDue]),
            firstResponseAt: reader.time([.firstResponseAt]),
            resolvedAt: reader.time([.resolvedAt]),
            resolution: reader.optionalString([.resolution], limit: FieldLimits.longText),
            owner: reader.optionalString([.owner]),
            notes: NoteDecoder.notes(&reader))
        if record.brand == nil, record.items.isEmpty {
            reader.failRecord("brand", "is missing: give the complaint a brand or the items it came from")
        }
        return record
    }

    private static func followUp(_ reader: inout FieldReader) -> FollowUpRecord? {
        let record = FollowUpRecord(
            fileID: reader.optionalString([.id]),
            customer: reader.reference([.customer]),
            customerGiven: reader.record.fields.contains(.customer),
            item: reader.reference([.item]),
            complaint: reader.reference([.complaint]),
            owner: reader.optionalString([.owner]),
            channel: reader.choice([.channel], allowed: Vocabulary.channels, fallback: nil) ?? "",
            due: reader.time([.due], required: true) ?? 0,
            status: reader.choice([.status], allowed: Vocabulary.followUpStatuses, fallback: "todo") ?? "todo",
            reason: reader.optionalString([.reason], limit: FieldLimits.longText) ?? "",
            outcome: reader.optionalString([.outcome], limit: FieldLimits.longText),
            doneAt: reader.time([.doneAt]),
            notes: NoteDecoder.notes(&reader))
        if record.customer == nil, record.item == nil, record.complaint == nil {
            reader.failRecord("customer", "is missing: say whom to follow up (customer, item or complaint)")
        }
        return record
    }
}

extension RecordDecoder {
    /// The kind and file id a source record declares, read leniently, so that records referring
    /// to a rejected record can say so.
    static func declaredID(of record: SourceRecord) -> (EntityKind, String)? {
        guard case .string(let id)? = record.fields[.id]?.value else { return nil }
        var type = "item"
        if !record.isCSVRow, case .string(let written)? = record.fields[.type]?.value {
            type = normalizedType(written)
        }
        let kinds: [String: EntityKind] = ["brand": .brand, "customer": .customer, "item": .item,
                                           "complaint": .complaint, "followup": .followUp]
        guard let kind = kinds[type] else { return nil }
        return (kind, id.trimmingSpaces)
    }
}
