/// Reads CSV with a header row into item records, matching column names through the aliases.
enum CSVRecordReader {
    static func read(_ context: ReadContext, accept: @escaping (SourceRecord) -> Void) -> SourceReading {
        var reading = SourceReading(accept: accept)
        var parser = CSVParser(bytes: context.bytes, start: context.start)
        do {
            guard let header = try parser.nextRow() else {
                reading.warnings.append("\(context.name): the file is empty")
                return reading
            }
            guard let columns = mapHeader(header, context, into: &reading) else { return reading }
            while let row = try parser.nextRow() {
                add(row, columns: columns, context, into: &reading)
                context.consumed(upTo: row.start)
            }
        } catch let syntax as CSVSyntaxError {
            let error = ImportError(file: context.name, line: syntax.line, message:
                "column \(syntax.column): \(syntax.message); the rest of the file was not read")
            reading.rejections.append(Rejection(file: context.name, line: syntax.line, raw: nil, errors: [error]))
        } catch {
            reading.rejections.append(SourceReader.fileRejection(context.name, "\(error)"))
        }
        return reading
    }

    /// One header column: its name as written and the item field it fills (nil: ignored).
    struct Column {
        var label: String
        var field: FieldName?
    }

    /// Maps header names to item fields; nil (with the reason) when the header cannot be used.
    private static func mapHeader(_ header: CSVRow, _ context: ReadContext,
                                  into reading: inout SourceReading) -> [Column]? {
        if let bad = context.firstInvalidOffset(in: header.start..<header.end) {
            reading.rejections.append(context.invalidUTF8Rejection(
                offset: bad, recordStart: header.start, recordLine: header.line, raw: header.start..<header.end))
            return nil
        }
        var columns: [Column] = []
        var seen: [String: String] = [:]
        var problems: [String] = []
        var ignored: [String] = []
        let mapped = Dictionary(context.columnMap.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
        let headerNames = Set(header.fields.map { $0.trimmingSpaces.lowercased() })
        for (field, column) in context.columnMap.sorted(by: { $0.key < $1.key }) where !headerNames.contains(column) {
            problems.append("--map \(field)=\(column): the header has no column '\(column)'")
        }
        for name in header.fields {
            let label = name.trimmingSpaces
            let key = label.lowercased().replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
            let mappedField = mapped[label.lowercased()]
            let claimedByMap = mappedField == nil && context.columnMap.keys.contains(FieldAliases.canonicalByName[key] ?? "")
            guard !claimedByMap, let field = mappedField ?? FieldAliases.canonicalByName[key] else {
                if !label.isEmpty { ignored.append(label) }
                columns.append(Column(label: label, field: nil))
                continue
            }
            if let earlier = seen[field] {
                problems.append("columns '\(earlier)' and '\(label)' both give the \(field); remove one")
            }
            seen[field] = label
            columns.append(Column(label: label, field: FieldName(key: field)))
        }
        if seen["text"] == nil {
            problems.append("no text column: name one text, review, body, comment or content")
        }
        if !ignored.isEmpty {
            let list = ignored.map { "'\($0)'" }.joined(separator: ", ")
            reading.warnings.append("\(context.name): column\(ignored.count == 1 ? "" : "s") \(list) not imported (not an item field)")
        }
        guard problems.isEmpty else {
            let errors = problems.map { ImportError(file: context.name, line: header.line, message: $0) }
            reading.rejections.append(Rejection(file: context.name, line: header.line, raw: nil, errors: errors))
            return nil
        }
        return columns
    }

    private static func add(_ row: CSVRow, columns: [Column], _ context: ReadContext,
                               into reading: inout SourceReading) {
        if let bad = context.firstInvalidOffset(in: row.start..<row.end) {
            reading.rejections.append(context.invalidUTF8Rejection(
                offset: bad, recordStart: row.start, recordLine: row.line, raw: row.start..<row.end))
            return
        }
        guard row.fields.count == columns.count else {
            let error = ImportError(file: context.name, line: row.line, message:
                "expected \(columns.count) fields as in the header, found \(row.fields.count): check the quotes and separators")
            reading.rejections.append(Rejection(file: context.name, line: row.line,
                                                raw: context.rawText(row.start..<row.end), errors: [error]))
            return
        }
        var fields = SourceFields(capacity: columns.count)
        for (column, value) in zip(columns, row.fields) {
            guard let field = column.field, !value.isEmpty else { continue }
            fields.set(field, SourceField(label: column.label, value: .string(value), line: row.line))
        }
        reading.accept(SourceRecord(file: context.name, line: row.line, fields: fields,
                                            raw: context.rawText(row.start..<row.end), isCSVRow: true))
    }
}
