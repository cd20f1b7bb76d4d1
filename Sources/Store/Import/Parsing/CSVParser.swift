/// Splits CSV bytes into rows: RFC 4180 plus what real files do (CRLF, LF or CR line ends,
/// quoted line breaks, `""` inside quotes, `;` or tab separators, blank lines).
///
/// Line numbers are physical lines, so a row after a quoted line break is reported where an
/// editor shows it.
struct CSVParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let separator: UInt8
    private var index: Int
    private var line = 1
    private var lineStart: Int

    init(bytes: UnsafeBufferPointer<UInt8>, start: Int) {
        self.bytes = bytes
        self.index = start
        self.lineStart = start
        self.separator = Self.detectSeparator(bytes, start: start)
    }

    /// The separator that occurs most often in the header line outside quotes: `,` `;` or tab.
    static func detectSeparator(_ bytes: UnsafeBufferPointer<UInt8>, start: Int) -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, 0x09: 0]
        var quoted = false
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                quoted.toggle()
            } else if !quoted, byte == 0x0A || byte == 0x0D {
                break
            } else if !quoted, counts[byte] != nil {
                counts[byte, default: 0] += 1
            }
            index += 1
        }
        let best = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }
        guard let best, best.value > 0 else { return UInt8(ascii: ",") }
        return best.key
    }

    /// The next non-blank row, nil at the end of the input.
    mutating func nextRow() throws -> CSVRow? {
        while index < bytes.count {
            let rowLine = line
            let rowStart = index
            var fields: [String] = []
            var rowEnded = false
            while !rowEnded {
                let (field, ended) = try nextField()
                fields.append(field)
                rowEnded = ended
            }
            if fields.count == 1, fields[0].isEmpty { continue }
            return CSVRow(fields: fields, line: rowLine, start: rowStart, end: index)
        }
        return nil
    }

    /// Reads one field; `rowEnded` is true when a line end or the input's end follows it.
    private mutating func nextField() throws -> (field: String, rowEnded: Bool) {
        if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
            return try quotedField()
        }
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == separator {
                let field = text(start, index)
                index += 1
                return (field, false)
            }
            if byte == 0x0A || byte == 0x0D {
                let field = text(start, index)
                consumeLineEnd()
                return (field, true)
            }
            index += 1
        }
        return (text(start, index), true)
    }

    private mutating func quotedField() throws -> (field: String, rowEnded: Bool) {
        let openLine = line
        let openColumn = index - lineStart + 1
        index += 1
        var buffer: [UInt8] = []
        var segmentStart = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segmentStart..<index]))
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                    buffer.append(UInt8(ascii: "\""))
                    index += 2
                    segmentStart = index
                    continue
                }
                index += 1
                return (String(decoding: buffer, as: UTF8.self), try afterClosingQuote())
            }
            if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        throw CSVSyntaxError(message: "the quoted field opened here is never closed (a '\"' is missing)",
                             line: openLine, column: openColumn)
    }

    /// After a closing quote only a separator, a line end or the end of the input may follow.
    private mutating func afterClosingQuote() throws -> Bool {
        guard index < bytes.count else { return true }
        let byte = bytes[index]
        if byte == separator {
            index += 1
            return false
        }
        if byte == 0x0A || byte == 0x0D {
            consumeLineEnd()
            return true
        }
        throw CSVSyntaxError(message: "unexpected text after a closing quote (double a '\"' inside quotes)",
                             line: line, column: index - lineStart + 1)
    }

    private mutating func consumeLineEnd() {
        if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
            index += 2
        } else {
            index += 1
        }
        line += 1
        lineStart = index
    }

    private func text(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
}
