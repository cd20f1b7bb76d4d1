/// Turns an input's bytes into source records: detects the format, strips a UTF-8 byte order
/// mark, and rejects records holding invalid UTF-8 (naming the byte offset) or bad syntax.
enum SourceReader {
    /// Reads `input`, handing each record to `accept`; `keepRawText` keeps each record's text
    /// for a rejects file.
    static func read(_ input: ImportSource, keepRawText: Bool, columnMap: [String: String] = [:],
                     accept: @escaping (SourceRecord) -> Void) -> SourceReading {
        input.withBytes { bytes, pages in
            if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
                var reading = SourceReading(accept: accept)
                reading.rejections.append(fileRejection(input.name, "the file is UTF-16: save it as UTF-8 and import it again"))
                return reading
            }
            let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
            var context = ReadContext(name: input.name, bytes: bytes, start: hasBOM ? 3 : 0,
                                      utf8: UTF8Scan(bytes),
                                      keepsRawText: keepRawText)
            context.columnMap = columnMap
            context.pages = pages
            switch ImportFormat.detect(name: input.name, bytes: bytes, start: context.start) {
            case .jsonLines: return JSONRecordReader.readLines(context, accept: accept)
            case .jsonArray: return JSONRecordReader.readArray(context, accept: accept)
            case .csv: return CSVRecordReader.read(context, accept: accept)
            }
        }
    }

    static func fileRejection(_ file: String, _ message: String, line: Int = 0) -> Rejection {
        Rejection(file: file, line: line, raw: nil, errors: [ImportError(file: file, line: line, message: message)])
    }
}
