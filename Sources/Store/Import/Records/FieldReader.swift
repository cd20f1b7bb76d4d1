/// Reads and checks the fields of one source record, collecting an error per bad field so one
/// pass reports everything wrong with the record.
struct FieldReader {
    let record: SourceRecord
    let dateShift: Double
    /// What to call the record in messages when its type field does not say ("note").
    var kindName: String?
    private(set) var errors: [ImportError] = []

    init(record: SourceRecord, dateShift: Double, kindName: String? = nil) {
        self.record = record
        self.dateShift = dateShift
        self.kindName = kindName
    }

    /// Adds errors found by a reader of a nested object (a note inside an item).
    mutating func append(_ more: [ImportError]) {
        errors += more
    }

    var origin: RecordOrigin { RecordOrigin(file: record.file, line: record.line, raw: record.raw) }

    /// The first of `names` that is present and not null.
    func field(_ names: [FieldName]) -> SourceField? {
        for name in names where record.fields.contains(name) {
            guard let field = record.fields[name] else { continue }
            if case .null = field.value { continue }
            return field
        }
        return nil
    }

    mutating func fail(_ field: SourceField, _ message: String) {
        errors.append(ImportError(file: record.file, line: field.line, field: field.label, message: message))
    }

    mutating func failRecord(_ field: String?, _ message: String) {
        errors.append(ImportError(file: record.file, line: record.line, field: field, message: message))
    }

    /// A text value; numbers are taken as written (an external id may be numeric).
    mutating func string(_ names: [FieldName], required: Bool = false, limit: Int = FieldLimits.shortText) -> String? {
        guard let field = field(names) else {
            if required { failRecord(names[0].spelling, "is missing: every \(recordKind) needs one") }
            return nil
        }
        let text: String
        switch field.value {
        case .string(let value): text = value
        case .number(_, let written): text = written
        default:
            fail(field, "must be text, not \(field.value.typeName)")
            return nil
        }
        if required, text.trimmingSpaces.isEmpty {
            fail(field, "is empty: every \(recordKind) needs one")
            return nil
        }
        guard check(text, field, limit: limit) else { return nil }
        return text
    }

    /// Optional text where an empty value means absent.
    mutating func optionalString(_ names: [FieldName], limit: Int = FieldLimits.shortText) -> String? {
        guard let text = string(names, limit: limit), !text.trimmingSpaces.isEmpty else { return nil }
        return text
    }

    /// Byte limit and NUL check shared by every text value.
    mutating func check(_ text: String, _ field: SourceField, limit: Int) -> Bool {
        let size = text.utf8.count
        if size > limit {
            fail(field, "is \(size) bytes long; the limit is \(limit / 1024) KB: shorten it")
            return false
        }
        // Scanned as contiguous bytes (every String here is native): the generic `contains` on
        // the UTF-8 view walks it an index at a time.
        if text.utf8.withContiguousStorageIfAvailable({ $0.contains(0) }) ?? text.utf8.contains(0) {
            fail(field, "contains a NUL character (\\u0000): remove it")
            return false
        }
        return true
    }

    /// One of `allowed` (matched ignoring case and surrounding spaces), else `fallback`.
    mutating func choice(_ names: [FieldName], allowed: [String], fallback: String?) -> String? {
        guard let field = field(names) else {
            if fallback == nil { failRecord(names[0].spelling, "is missing: use one of \(allowed.joined(separator: ", "))") }
            return fallback
        }
        guard case .string(let value) = field.value else {
            fail(field, "must be one of \(allowed.joined(separator: ", ")), not \(field.value.typeName)")
            return fallback
        }
        let key = value.trimmingSpaces.lowercased()
        guard allowed.contains(key) else {
            fail(field, "'\(value.prefix(40))' is not one of \(allowed.joined(separator: ", "))")
            return fallback
        }
        return key
    }

    /// A source name: lower case, one line, at most 40 bytes; "other" when absent.
    mutating func source(_ names: [FieldName]) -> String {
        guard let value = optionalString(names, limit: 40) else { return "other" }
        return value.trimmingSpaces.lowercased()
    }

    /// A star rating, a whole number from 1 to 5 ("4", 4 and 4.0 are accepted).
    mutating func rating(_ names: [FieldName]) -> Int? {
        guard let field = field(names) else { return nil }
        let number: Double?
        switch field.value {
        case .number(let value, _): number = value
        case .string(let text):
            let trimmed = text.trimmingSpaces
            if trimmed.isEmpty { return nil }
            number = Double(trimmed)
        default: number = nil
        }
        guard let number, number == number.rounded(), (1...5).contains(number) else {
            fail(field, "must be a whole number from 1 to 5, or empty")
            return nil
        }
        return Int(number)
    }

    /// An ISO 8601 time or date, moved by the import's date shift; nil when absent.
    ///
    /// A date-only value moves by whole days (the shift rounded to days), so it stays a date.
    mutating func time(_ names: [FieldName], required: Bool = false) -> Double? {
        guard let field = field(names) else {
            if required { failRecord(names[0].spelling, "is missing: write a time like 2026-03-14T09:12:00Z") }
            return nil
        }
        guard case .string(let written) = field.value else {
            fail(field, "must be an ISO 8601 time like 2026-03-14T09:12:00Z or a date like 2026-03-14")
            return nil
        }
        let text = written.trimmingSpaces
        if text.isEmpty {
            if required { fail(field, "is empty: write a time like 2026-03-14T09:12:00Z") }
            return nil
        }
        guard let parsed = ISOTime.parse(text) else {
            fail(field, "'\(text.prefix(40))' is not an ISO 8601 time: write it like 2026-03-14T09:12:00Z or 2026-03-14")
            return nil
        }
        if parsed.isDateOnly {
            return parsed.seconds + (dateShift / 86_400).rounded() * 86_400
        }
        return parsed.seconds + dateShift
    }

    /// true/false, also written as "true", "yes", "1" (and their opposites) in text.
    mutating func bool(_ names: [FieldName]) -> Bool {
        guard let field = field(names) else { return false }
        switch field.value {
        case .bool(let value): return value
        case .number(let value, _) where value == 0 || value == 1: return value == 1
        case .string(let text):
            switch text.trimmingSpaces.lowercased() {
            case "true", "yes", "1", "y": return true
            case "false", "no", "0", "n", "": return false
            default: break
            }
        default: break
        }
        fail(field, "must be true or false")
        return false
    }

    /// A list of short texts: a JSON list of strings, or one string separated by `;` or `,`.
    mutating func stringList(_ names: [FieldName]) -> [String] {
        guard let field = field(names) else { return [] }
        var values: [String] = []
        switch field.value {
        case .string(let text):
            let separator: Character = text.contains(";") ? ";" : ","
            values = text.split(separator: separator).map { String($0) }
        case .array(let elements):
            for element in elements {
                guard case .string(let text) = element else {
                    fail(field, "must be a list of texts, not a list holding \(element.typeName)")
                    return []
                }
                values.append(text)
            }
        default:
            fail(field, "must be a list of texts like [\"a\", \"b\"]")
            return []
        }
        guard values.count <= FieldLimits.listCount else {
            fail(field, "has \(values.count) entries; the limit is \(FieldLimits.listCount)")
            return []
        }
        var result: [String] = []
        for value in values.map(\.trimmingSpaces) where !value.isEmpty {
            guard check(value, field, limit: FieldLimits.shortText) else { return [] }
            result.append(value)
        }
        return result
    }

    /// A reference to another record by short id (or, for brands, by name).
    mutating func reference(_ names: [FieldName]) -> RecordReference? {
        guard let field = field(names) else { return nil }
        let text: String
        switch field.value {
        case .string(let value): text = value.trimmingSpaces
        case .number(_, let written): text = written
        default:
            fail(field, "must be an id like B1 or R12, not \(field.value.typeName)")
            return nil
        }
        guard !text.isEmpty else { return nil }
        guard check(text, field, limit: FieldLimits.shortText) else { return nil }
        return RecordReference(text: text, field: field.label, line: field.line)
    }

    /// A list of references, as a JSON list or one string separated by `;` or `,`.
    mutating func referenceList(_ names: [FieldName]) -> [RecordReference] {
        guard let field = field(names) else { return [] }
        return stringList(names).map { RecordReference(text: $0, field: field.label, line: field.line) }
    }

    /// What the record is, for messages ("item", "brand").
    var recordKind: String {
        if let kindName { return kindName }
        if record.isCSVRow { return "row" }
        if case .string(let type)? = record.fields[.type]?.value { return type.lowercased() }
        return "item"
    }
}
