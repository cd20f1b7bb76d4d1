/// A strict RFC 8259 parser over bytes that tracks lines, refuses what JSONSerialization would
/// guess at (lone surrogates, raw control characters, duplicate keys, numbers out of range) and
/// limits nesting so hostile input cannot exhaust the stack.
struct JSONParser {
    static let maximumDepth = 64

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var index: Int
    private(set) var line: Int
    private var lineStart: Int

    init(bytes: UnsafeBufferPointer<UInt8>, start: Int = 0, line: Int = 1) {
        self.bytes = bytes
        self.index = start
        self.line = line
        self.lineStart = start
    }

    var isAtEnd: Bool { index >= bytes.count }
    var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    /// Skips spaces, tabs, carriage returns and line feeds, counting lines.
    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D:
                index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default:
                return
            }
        }
    }

    /// Skips spaces, tabs and carriage returns but stops at a line feed.
    mutating func skipSpacesOnLine() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0D {
            index += 1
        }
    }

    /// Moves to the start of the next line whose first non-blank byte opens an object or a list.
    mutating func skipToNextRecordLine() {
        while index < bytes.count {
            if bytes[index] == 0x0A {
                index += 1
                line += 1
                lineStart = index
                var probe = index
                while probe < bytes.count, bytes[probe] == 0x20 || bytes[probe] == 0x09 { probe += 1 }
                if probe < bytes.count, bytes[probe] == UInt8(ascii: "{") || bytes[probe] == UInt8(ascii: "[") {
                    return
                }
            } else {
                index += 1
            }
        }
    }

    mutating func expect(_ byte: UInt8, _ what: String) throws {
        guard current == byte else { throw error("expected \(what)") }
        index += 1
    }

    /// An error at the current position; `showingFound` adds what was found there.
    func error(_ message: String, showingFound: Bool = true) -> JSONSyntaxError {
        let found: String
        if !showingFound {
            found = ""
        } else if let byte = current {
            found = byte >= 0x20 && byte < 0x7F ? " but found '\(Character(Unicode.Scalar(byte)))'" : ""
        } else {
            found = " but the input ended"
        }
        return JSONSyntaxError(message: message + found, line: line, column: index - lineStart + 1, offset: index)
    }

    /// Parses one value starting at the current position (after skipping whitespace).
    mutating func parseValue(depth: Int = 0) throws -> JSONValue {
        skipWhitespace()
        guard let byte = current else { throw error("expected a value") }
        switch byte {
        case UInt8(ascii: "{"):
            return .object(try parseObject(depth: depth + 1))
        case UInt8(ascii: "["):
            return .array(try parseArray(depth: depth + 1))
        case UInt8(ascii: "\""):
            return .string(try parseString())
        case UInt8(ascii: "t"):
            try parseLiteral("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try parseLiteral("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try parseLiteral("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try parseNumber()
        default:
            throw error("expected a value")
        }
    }

    private mutating func parseObject(depth: Int) throws -> JSONObject {
        var object = JSONObject(line: line, members: [])
        try parseMembers(depth: depth) { key, name, value, keyLine in
            object.members.append(JSONMember(key: key, name: name, value: value, line: keyLine))
        }
        return object
    }

    /// Parses the object that opens at the current position (a record) into `fields`, which the
    /// caller empties and reuses: only the members some decoder reads are kept, straight from the
    /// parse, without a list of every member made and copied first.
    mutating func parseRecordFields(into fields: inout SourceFields) throws {
        try parseMembers(depth: 1) { key, name, value, keyLine in
            guard let name else { return }
            fields.set(name, SourceField(label: key, value: value, line: keyLine))
        }
    }

    /// Parses an object's members, handing each to `add` in file order with its key's line.
    private mutating func parseMembers(depth: Int, _ add: (String, FieldName?, JSONValue, Int) -> Void) throws {
        guard depth <= Self.maximumDepth else { throw error("nested deeper than \(Self.maximumDepth) levels", showingFound: false) }
        // Keys some decoder reads are told apart by a bit each; only other keys are lower-cased.
        var seenNames: UInt64 = 0
        var seenOtherKeys = Set<String>()
        index += 1
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            index += 1
            return
        }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else { throw error("expected a field name in double quotes") }
            let keyLine = line
            let keyOffset = index
            let keyStart = index + 1
            let key: String
            let name: FieldName?
            if let (spelled, end) = spelledKey(from: keyStart) {
                // Nearly every key: no String is made (and checked as UTF-8) for it.
                key = spelled.spelling
                name = spelled
                index = end + 1
            } else {
                key = try parseString()
                name = keyName(key, from: keyStart)
            }
            let isNew: Bool
            if let name {
                isNew = seenNames & name.bit == 0
                seenNames |= name.bit
            } else {
                isNew = seenOtherKeys.insert(key.lowercased()).inserted
            }
            guard isNew else {
                // Where the key starts: the key's line has not ended, so its line start holds.
                throw JSONSyntaxError(message: "field \"\(key)\" appears twice", line: keyLine,
                                      column: keyOffset - lineStart + 1, offset: keyOffset)
            }
            skipWhitespace()
            try expect(UInt8(ascii: ":"), "':' after the field name")
            let value = try parseValue(depth: depth)
            add(key, name, value, keyLine)
            skipWhitespace()
            if current == UInt8(ascii: ",") {
                index += 1
                continue
            }
            try expect(UInt8(ascii: "}"), "',' or '}'")
            return
        }
    }

    private mutating func parseArray(depth: Int) throws -> [JSONValue] {
        guard depth <= Self.maximumDepth else { throw error("nested deeper than \(Self.maximumDepth) levels", showingFound: false) }
        var elements: [JSONValue] = []
        index += 1
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            index += 1
            return elements
        }
        while true {
            elements.append(try parseValue(depth: depth))
            skipWhitespace()
            if current == UInt8(ascii: ",") {
                index += 1
                continue
            }
            try expect(UInt8(ascii: "]"), "',' or ']'")
            return elements
        }
    }

    private mutating func parseLiteral(_ literal: StaticString) throws {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw error("expected \(literal)") }
        let matches = literal.withUTF8Buffer { expected in
            (0..<count).allSatisfy { bytes[index + $0] == expected[$0] }
        }
        guard matches else { throw error("expected a value") }
        index += count
    }

    private mutating func parseNumber() throws -> JSONValue {
        let start = index
        if current == UInt8(ascii: "-") { index += 1 }
        guard let first = current, isDigit(first) else { throw error("expected a digit") }
        if first == UInt8(ascii: "0") {
            index += 1
        } else {
            skipDigits()
        }
        if current == UInt8(ascii: ".") {
            index += 1
            guard let digit = current, isDigit(digit) else { throw error("expected a digit after '.'") }
            skipDigits()
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            index += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            guard let digit = current, isDigit(digit) else { throw error("expected a digit in the exponent") }
            skipDigits()
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw JSONSyntaxError(message: "number \(text) is out of range", line: line,
                                  column: start - lineStart + 1, offset: start)
        }
        return .number(value, text: text)
    }

    private mutating func skipDigits() {
        while let byte = current, isDigit(byte) { index += 1 }
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Parses a string literal; the bytes were checked for valid UTF-8 before parsing.
    mutating func parseString() throws -> String {
        index += 1
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw error("control character inside a string (write it as \\u00XX)") }
            index += 1
        }
        var buffer = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
        return try parseEscapedRest(into: &buffer)
    }

    private mutating func parseEscapedRest(into buffer: inout [UInt8]) throws -> String {
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: buffer, as: UTF8.self)
            }
            if byte < 0x20 { throw error("control character inside a string (write it as \\u00XX)") }
            if byte != UInt8(ascii: "\\") {
                buffer.append(byte)
                index += 1
                continue
            }
            index += 1
            guard let escaped = current else { break }
            index += 1
            switch escaped {
            case UInt8(ascii: "\""): buffer.append(0x22)
            case UInt8(ascii: "\\"): buffer.append(0x5C)
            case UInt8(ascii: "/"): buffer.append(0x2F)
            case UInt8(ascii: "b"): buffer.append(0x08)
            case UInt8(ascii: "f"): buffer.append(0x0C)
            case UInt8(ascii: "n"): buffer.append(0x0A)
            case UInt8(ascii: "r"): buffer.append(0x0D)
            case UInt8(ascii: "t"): buffer.append(0x09)
            case UInt8(ascii: "u"): buffer.append(contentsOf: try parseUnicodeEscape())
            default:
                index -= 1
                throw error("unknown escape '\\\(Character(Unicode.Scalar(escaped)))' in a string", showingFound: false)
            }
        }
        throw error("string is not closed")
    }

    /// Parses the hex digits after `\u` (and a low surrogate after a high one) into UTF-8.
    private mutating func parseUnicodeEscape() throws -> [UInt8] {
        let first = try parseHex4()
        var scalarValue = first
        if (0xD800...0xDBFF).contains(first) {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                throw error("lone surrogate \\u\(String(first, radix: 16)) (not a character)", showingFound: false)
            }
            index += 2
            let second = try parseHex4()
            guard (0xDC00...0xDFFF).contains(second) else {
                throw error("lone surrogate \\u\(String(first, radix: 16)) (not a character)", showingFound: false)
            }
            scalarValue = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(first) {
            throw error("lone surrogate \\u\(String(first, radix: 16)) (not a character)", showingFound: false)
        }
        guard let scalar = Unicode.Scalar(scalarValue) else { throw error("invalid \\u escape") }
        return Array(String(Character(scalar)).utf8)
    }

    private mutating func parseHex4() throws -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("expected four hex digits after \\u") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: throw error("expected four hex digits after \\u")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }
}

extension JSONParser {
    /// The field name of `key`, just parsed from `start`: matched on the file's bytes when the key
    /// had no escapes (any escape makes the text shorter than its bytes).
    private func keyName(_ key: String, from start: Int) -> FieldName? {
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<index - 1])
        return raw.count == key.utf8.count ? FieldName.named(raw, key: key) : FieldName(key: key)
    }

    /// The field whose spelling the key starting at `start` is, byte for byte (lower case, no
    /// escapes), and the offset of its closing quote; nil for any other key.
    private func spelledKey(from start: Int) -> (FieldName, Int)? {
        // A spelling holds no quote, backslash or control byte: when the bytes up to the first
        // quote are one, that quote closes the key.
        let limit = min(bytes.count, start + FieldName.longest + 1)
        var end = start
        while end < limit, bytes[end] != UInt8(ascii: "\"") { end += 1 }
        guard end < limit, let name = FieldName.spelled(UnsafeBufferPointer(rebasing: bytes[start..<end])) else {
            return nil
        }
        return (name, end)
    }

    /// Steps over one byte already checked by the caller.
    mutating func skipOneByte() {
        index = min(index + 1, bytes.count)
    }
}
