/// Reads JSON Lines (one object per line; pretty-printed objects one after another also work)
/// and JSON arrays of objects into source records.
enum JSONRecordReader {
    static func readLines(_ context: ReadContext, accept: @escaping (SourceRecord) -> Void) -> SourceReading {
        var reading = SourceReading(accept: accept)
        var parser = JSONParser(bytes: context.bytes, start: context.start)
        var fields = SourceFields(capacity: fieldCapacity)
        while true {
            parser.skipWhitespace()
            if parser.isAtEnd { break }
            let start = parser.index
            let line = parser.line
            do {
                let value = try parseRecord(&parser, into: &fields)
                parser.skipSpacesOnLine()
                if !parser.isAtEnd, parser.current != 0x0A {
                    throw parser.error("only one record per line is allowed; expected a line end")
                }
                add(value, fields: &fields, range: start..<parser.index, line: line, context, into: &reading)
                context.consumed(upTo: start)
            } catch let syntax as JSONSyntaxError {
                let end = context.endOfLine(from: max(syntax.offset, start))
                if let bad = context.firstInvalidOffset(in: start..<end) {
                    reading.rejections.append(context.invalidUTF8Rejection(
                        offset: bad, recordStart: start, recordLine: line, raw: start..<end))
                } else {
                    reading.rejections.append(syntaxRejection(syntax, context, raw: start..<context.endOfLine(from: start)))
                }
                parser.skipToNextRecordLine()
            } catch {
                reading.rejections.append(SourceReader.fileRejection(context.name, "\(error)", line: line))
                break
            }
        }
        return reading
    }

    static func readArray(_ context: ReadContext, accept: @escaping (SourceRecord) -> Void) -> SourceReading {
        var reading = SourceReading(accept: accept)
        var parser = JSONParser(bytes: context.bytes, start: context.start)
        do {
            parser.skipWhitespace()
            try parser.expect(UInt8(ascii: "["), "'[' to open the list of records")
            parser.skipWhitespace()
            if parser.current == UInt8(ascii: "]") {
                parser.skipOneByte()
            } else {
                var fields = SourceFields(capacity: fieldCapacity)
                try readElements(&parser, context, fields: &fields, into: &reading)
            }
            parser.skipWhitespace()
            if !parser.isAtEnd { throw parser.error("nothing may follow the closing ']'") }
        } catch let syntax as JSONSyntaxError {
            if let bad = context.firstInvalidOffset(in: context.start..<context.bytes.count) {
                reading.rejections.append(context.invalidUTF8Rejection(
                    offset: bad, recordStart: context.start, recordLine: 1, raw: 0..<0))
            } else {
                var rejection = syntaxRejection(syntax, context, raw: 0..<0)
                rejection.errors[0].message += "; records after it were not read"
                reading.rejections.append(rejection)
            }
        } catch {
            reading.rejections.append(SourceReader.fileRejection(context.name, "\(error)"))
        }
        return reading
    }

    private static func readElements(_ parser: inout JSONParser, _ context: ReadContext, fields: inout SourceFields,
                                     into reading: inout SourceReading) throws {
        while true {
            parser.skipWhitespace()
            let start = parser.index
            let line = parser.line
            let value = try parseRecord(&parser, into: &fields)
            add(value, fields: &fields, range: start..<parser.index, line: line, context, into: &reading)
            context.consumed(upTo: start)
            parser.skipWhitespace()
            if parser.current == UInt8(ascii: ",") {
                parser.skipOneByte()
                continue
            }
            try parser.expect(UInt8(ascii: "]"), "',' or ']' after a record")
            return
        }
    }

    /// Room for the fields of an item record (21 when every field is written) without growing.
    private static let fieldCapacity = 32

    /// Parses one record at the current position (whitespace skipped): an object's fields go
    /// into `fields` (emptied first, its storage reused from record to record) and nil is
    /// returned; any other value is returned, to be rejected.
    private static func parseRecord(_ parser: inout JSONParser, into fields: inout SourceFields) throws -> JSONValue? {
        fields.removeAll()
        guard parser.current == UInt8(ascii: "{") else { return try parser.parseValue() }
        try parser.parseRecordFields(into: &fields)
        return nil
    }

    /// Adds a parsed record (its `fields`, or `value` when it is not an object) as a record, or
    /// rejects it (not an object, or invalid UTF-8 inside).
    private static func add(_ value: JSONValue?, fields: inout SourceFields, range: Range<Int>, line: Int,
                            _ context: ReadContext, into reading: inout SourceReading) {
        if let bad = context.firstInvalidOffset(in: range) {
            reading.rejections.append(context.invalidUTF8Rejection(offset: bad, recordStart: range.lowerBound,
                                                                   recordLine: line, raw: range))
            return
        }
        if let value {
            let error = ImportError(file: context.name, line: line,
                                    message: "expected a JSON object {…} but found \(value.typeName)")
            reading.rejections.append(Rejection(file: context.name, line: line, raw: context.rawText(range), errors: [error]))
            return
        }
        reading.accept(SourceRecord(file: context.name, line: line, fields: fields,
                                    raw: context.rawText(range), isCSVRow: false))
    }

    private static func syntaxRejection(_ syntax: JSONSyntaxError, _ context: ReadContext, raw: Range<Int>) -> Rejection {
        let error = ImportError(file: context.name, line: syntax.line,
                                message: "invalid JSON at column \(syntax.column): \(syntax.message)")
        return Rejection(file: context.name, line: syntax.line, raw: raw.isEmpty ? nil : context.rawText(raw), errors: [error])
    }
}
