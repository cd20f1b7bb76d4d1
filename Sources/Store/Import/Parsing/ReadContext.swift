/// The bytes of one input and what the readers share about them.
struct ReadContext {
    let name: String
    let bytes: UnsafeBufferPointer<UInt8>
    /// Where the content starts (after a byte order mark).
    let start: Int
    /// Where the bytes are not valid UTF-8, found as reading goes.
    let utf8: UTF8Scan
    /// Whether records keep their text (only a rejects file needs it).
    let keepsRawText: Bool
    /// `--map`: item field → CSV column name (lower case), before the usual aliases.
    var columnMap: [String: String] = [:]
    /// Gives back a mapped file's pages behind the reader; nil for bytes held in memory.
    var pages: PageRelease?

    /// The reader is done with every byte before `offset`.
    func consumed(upTo offset: Int) {
        pages?.consumed(upTo: offset)
    }

    /// A record's text for the rejects file, when one is being written.
    func rawText(_ range: Range<Int>) -> String? {
        keepsRawText ? text(range) : nil
    }

    /// The first invalid UTF-8 offset inside `range`, if any.
    func firstInvalidOffset(in range: Range<Int>) -> Int? {
        utf8.firstInvalidOffset(in: range)
    }

    /// The line of `offset`, counting from a known `line` that starts at or before `from`.
    func line(of offset: Int, from: Int, line: Int) -> Int {
        var count = line
        var index = from
        while index < offset, index < bytes.count {
            if bytes[index] == 0x0A { count += 1 }
            index += 1
        }
        return count
    }

    /// The text of `range` without a trailing line end; nil when it is not valid UTF-8.
    func text(_ range: Range<Int>) -> String? {
        guard firstInvalidOffset(in: range) == nil else { return nil }
        var end = range.upperBound
        while end > range.lowerBound, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[range.lowerBound..<end]), as: UTF8.self)
    }

    /// The end of the physical line that contains `offset` (after its line feed).
    func endOfLine(from offset: Int) -> Int {
        var index = offset
        while index < bytes.count, bytes[index] != 0x0A { index += 1 }
        return min(index + 1, bytes.count)
    }

    /// A rejection for invalid UTF-8 at `offset` inside a record that starts at `start` on `line`.
    func invalidUTF8Rejection(offset: Int, recordStart: Int, recordLine: Int, raw: Range<Int>) -> Rejection {
        let badLine = line(of: offset, from: recordStart, line: recordLine)
        let error = ImportError(file: name, line: badLine, message:
            "invalid UTF-8 at byte \(offset): save the file as UTF-8 (it may be Latin-1 or Windows-1252)")
        return Rejection(file: name, line: badLine, raw: rawText(raw), errors: [error])
    }
}
