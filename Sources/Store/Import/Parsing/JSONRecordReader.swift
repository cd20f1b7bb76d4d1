/// Reads JSON Lines (one object per line; pretty-printed objects one after another also work)
/// and JSON arrays of objects into source records.
enum JSONRecordReader {
    static func readLines(_ context: ReadContext, accept: @escaping (SourceRecord) -> Void) -> SourceReading {
        var reading = SourceReading(accept: accept)
        var parser = JSONParser(bytes: context.bytes, start: context.start)
        while true {
            parser.skipWhitespace()
            if parser.isAtEnd { break }
            let start = parser.index
            let line = parser.line
            do {
                let value = try parser.parseValue()
                parser.skipSpacesOnLine()
                if !parser.isAtEnd, parser.current != 0x0A {
                    throw parser.error("only one record per line is allowed; expected a line end")
                }
                add(value, range: start..<parser.index, line: line, context, into: &reading)
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
                try readElements(&parser, context, into: &reading)
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

    private static func readElements(_ parser: inout JSONParser, _ context: ReadContext,
                                     into reading: inout SourceReading) throws {
        while true {
            parser.skipWhitespace()
            let start = parser.index
            let line = parser.line
            let value = try parser.parseValue()
            add(value, range: start..<parser.index, line: line, context, into: &reading)
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

    /// Adds a parsed value as a record, or rejects it (not an object, or invalid UTF-8 inside).
    private static func add(_ value: JSONValue, range: Range<Int>, line: Int, _ context: ReadContext,
                               into reading: inout SourceReading) {
        if let bad = context.firstInvalidOffset(in: range) {
            reading.rejections.append(context.invalidUTF8Rejection(offset: bad, recordStart: range.lowerBound,
                                                                   recordLine: line, raw: range))
            return
        }
        guard case .object(let object) = value else {
            let error = ImportError(file: context.name, line: line,
                                    message: "expected a JSON object {…} but found \(value.typeName)")
            reading.rejections.append(Rejection(file: context.name, line: line, raw: context.rawText(range), errors: [error]))
            return
        }
        var fields = SourceFields(capacity: object.members.count)
        for member in object.members {
            guard let name = member.name else { continue }
            fields.set(name, SourceField(label: member.key, value: member.value, line: member.line))
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
