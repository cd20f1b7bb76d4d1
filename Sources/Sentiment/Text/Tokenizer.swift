/// Splits UTF-8 text into tokens in one pass, normalising words and looking each up.
///
/// Works on raw bytes with no allocation of its own: the caller provides the token buffer and
/// a scratch buffer for normalised words, both at least as large as the text plus one.
struct Tokenizer {
    let lexicon: Lexicon
    let text: UnsafePointer<UInt8>
    let end: Int
    let tokens: UnsafeMutablePointer<Token>
    let norm: UnsafeMutablePointer<UInt8>
    private(set) var tokenCount = 0
    private var normCount = 0
    /// Counts for language detection and the capitals rule.
    private(set) var evidence = TextEvidence()

    init(lexicon: Lexicon, text: UnsafePointer<UInt8>, count: Int,
         tokens: UnsafeMutablePointer<Token>, norm: UnsafeMutablePointer<UInt8>) {
        self.lexicon = lexicon
        self.text = text
        self.end = count
        self.tokens = tokens
        self.norm = norm
    }

    /// Tokenizes the whole text.
    mutating func run() {
        var index = 0
        var chunkStart = true
        while index < end {
            let byte = text[index]
            if byte < 0x80 {
                if ByteClass.isSpace(byte) {
                    if byte == 0x0A { emitMark(.sentenceMark, at: index, length: 1) }
                    index += 1
                    chunkStart = true
                    continue
                }
                if chunkStart, let next = scanChunkStart(index) {
                    index = next
                    chunkStart = false
                    continue
                }
                chunkStart = false
                index = ByteClass.isAlphanumeric(byte) ? scanWord(index) : scanPunctuation(index)
            } else {
                let (value, length) = ScalarClass.decode(text, index, end)
                let space = ScalarClass.spaceKind(value)
                if space.isSpace {
                    if space.lineBreak { emitMark(.sentenceMark, at: index, length: length) }
                    index += length
                    chunkStart = true
                    continue
                }
                chunkStart = false
                index = scanNonASCII(index, value: value, length: length)
            }
        }
    }

    // MARK: - Chunk starts: links, mentions, hashtags, emoticons

    private mutating func scanChunkStart(_ index: Int) -> Int? {
        let byte = text[index]
        if byte == 0x68 || byte == 0x48 || byte == 0x77 || byte == 0x57, let next = scanLink(index) {
            return next
        }
        if byte == 0x40, index + 1 < end, ByteClass.isAlphanumeric(text[index + 1]) || text[index + 1] == 0x5F {
            return scanMention(index)
        }
        if byte == 0x23, index + 1 < end, ByteClass.isLetter(text[index + 1]) {
            return scanHashtag(index)
        }
        if ByteClass.isAlphanumeric(byte) {
            var cursor = index + 1
            while cursor < end, cursor - index <= 4, !ByteClass.isSpace(text[cursor]) { cursor += 1 }
            guard cursor - index <= 4 else { return nil }
            return scanEmoticon(index, requirePunctuation: true)
        }
        return scanEmoticon(index, requirePunctuation: false)
    }

    private func chunkEnd(from index: Int) -> Int {
        var cursor = index
        while cursor < end, !ByteClass.isSpace(text[cursor]) { cursor += 1 }
        return cursor
    }

    private mutating func scanLink(_ index: Int) -> Int? {
        guard hasPrefix("http://", at: index) || hasPrefix("https://", at: index) || hasPrefix("www.", at: index) else {
            return nil
        }
        let stop = chunkEnd(from: index)
        emitMark(.url, at: index, length: stop - index)
        evidence.links += 1
        return stop
    }

    /// Case-insensitive ASCII prefix test.
    private func hasPrefix(_ prefix: StaticString, at index: Int) -> Bool {
        prefix.withUTF8Buffer { bytes in
            guard index + bytes.count <= end else { return false }
            for offset in 0..<bytes.count where text[index + offset] | 0x20 != bytes[offset] | 0x20 {
                return false
            }
            return true
        }
    }

    private mutating func scanMention(_ index: Int) -> Int {
        var cursor = index + 1
        while cursor < end, ByteClass.isAlphanumeric(text[cursor]) || text[cursor] == 0x5F || text[cursor] == 0x2E {
            cursor += 1
        }
        emitMark(.mention, at: index, length: cursor - index)
        return cursor
    }

    /// Splits "#NeverAgain" into the words "never" and "again".
    private mutating func scanHashtag(_ index: Int) -> Int {
        var cursor = index + 1
        var hasLower = false
        var hasUpper = false
        while cursor < end, ByteClass.isAlphanumeric(text[cursor]) || text[cursor] == 0x5F {
            if ByteClass.isUpper(text[cursor]) { hasUpper = true } else if ByteClass.isLetter(text[cursor]) { hasLower = true }
            cursor += 1
        }
        evidence.hashtags += 1
        let camel = hasLower && hasUpper
        var wordStart = index + 1
        var position = index + 1
        while position <= cursor {
            let atEnd = position == cursor
            let splitsHere = !atEnd && position > wordStart && (text[position] == 0x5F
                || (camel && ByteClass.isUpper(text[position]) && !ByteClass.isUpper(text[position - 1]))
                || ByteClass.isDigit(text[position]) != ByteClass.isDigit(text[position - 1]))
            if atEnd || splitsHere {
                if position > wordStart, text[wordStart] != 0x5F {
                    emitWord(from: wordStart, to: position, hashtag: true)
                }
                wordStart = text[min(position, end - 1)] == 0x5F ? position + 1 : position
            }
            position += 1
        }
        return cursor
    }

    /// Matches an emoticon from `index` to the end of the chunk, trimming trailing . , ! ?
    private mutating func scanEmoticon(_ index: Int, requirePunctuation: Bool) -> Int? {
        var stop = chunkEnd(from: index)
        guard stop - index <= 10 else { return nil }
        if requirePunctuation {
            guard stop - index <= 4 else { return nil }
            var hasPunctuation = false
            for cursor in index..<stop where !ByteClass.isAlphanumeric(text[cursor]) && text[cursor] < 0x80 {
                hasPunctuation = true
            }
            guard hasPunctuation else { return nil }
        }
        while stop > index {
            if let entry = lookupEmoticon(index, stop) {
                var token = Token(kind: .emoticon, textStart: Int32(index), textEnd: Int32(stop))
                token.setEntry(entry, from: lexicon)
                evidence.count(token)
                append(token)
                return stop
            }
            let last = text[stop - 1]
            guard last == 0x2E || last == 0x2C || last == 0x21 || last == 0x3F else { return nil }
            stop -= 1
        }
        return nil
    }

    private func lookupEmoticon(_ start: Int, _ stop: Int) -> Int32? {
        let length = stop - start
        guard length >= 2, length <= 10 else { return nil }
        var buffer: (UInt64, UInt64) = (0, 0)
        return withUnsafeMutableBytes(of: &buffer) { raw -> Int32? in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let base = bytes.baseAddress else { return nil }
            var hash = TermHash.seed
            for offset in 0..<length {
                var byte = text[start + offset]
                if ByteClass.isUpper(byte) { byte |= 0x20 }
                if byte >= 0x80 { return nil }
                base[offset] = byte
                hash = TermHash.step(hash, byte)
            }
            let index = lexicon.find(hash: hash)
            guard index >= 0, lexicon.entry(index).roles.contains(.emoticon) else { return nil }
            return index
        }
    }

    // MARK: - Words

    /// Scans a word of letters, digits and inner apostrophes; digits keep inner . , and /.
    private mutating func scanWord(_ start: Int) -> Int {
        var cursor = start
        let normBegin = normCount
        var hash = TermHash.seed
        var letters = 0
        var uppers = 0
        var flags: TokenFlags = []
        var previous: UInt8 = 0
        var run = 0
        while cursor < end {
            let byte = text[cursor]
            var out: UInt8 = 0
            var advance = 1
            if ByteClass.isLetter(byte) {
                letters += 1
                if ByteClass.isUpper(byte) { uppers += 1 } else { flags.insert(.hasLower) }
                out = byte | 0x20
            } else if ByteClass.isDigit(byte) {
                out = byte
            } else if byte == 0x27, isLetterBefore(cursor), isLetterAt(cursor + 1) {
                out = 0x27
            } else if byte == 0xE2, cursor + 2 < end, text[cursor + 1] == 0x80, text[cursor + 2] == 0x99,
                      isLetterBefore(cursor), isLetterAt(cursor + 3) {
                out = 0x27
                advance = 3
            } else if byte == 0x2E || byte == 0x2C || byte == 0x2F, cursor > start,
                      ByteClass.isDigit(text[cursor - 1]), cursor + 1 < end, ByteClass.isDigit(text[cursor + 1]) {
                out = byte
            } else if byte >= 0xC0 {
                let (value, length) = ScalarClass.decode(text, cursor, end)
                if ScalarClass.isLatinLetter(value) {
                    letters += 1
                    flags.insert(.accented)
                    evidence.scripts.latin += 1
                    writeLatin(value, length: length, at: cursor, hash: &hash, previous: &previous, run: &run, flags: &flags)
                    cursor += length
                    continue
                } else if ScalarClass.isOtherScriptLetter(value) || ScalarClass.isCombiningMark(value) {
                    if !ScalarClass.isCombiningMark(value) { evidence.scripts.count(value) }
                    flags.insert(.foreignScript)
                    for offset in 0..<length { writeNorm(text[cursor + offset], hash: &hash) }
                    cursor += length
                    continue
                }
                break
            } else {
                break
            }
            if out == previous && ByteClass.isLetter(out) {
                run += 1
                if run >= 3 { flags.insert(.elongated) }
            } else {
                run = 1
            }
            previous = out
            writeNorm(out, hash: &hash)
            cursor += advance
        }
        if cursor == start { return start + 1 }
        evidence.scripts.latin += letters
        if uppers >= 2 && !flags.contains(.hasLower) { flags.insert(.allCaps) }
        finishWord(start: start, stop: cursor, normBegin: normBegin, hash: hash, flags: flags,
                   isNumber: letters == 0 && !flags.contains(.foreignScript))
        return cursor
    }

    /// Emits a hashtag part: ASCII letters and digits only.
    private mutating func emitWord(from start: Int, to stop: Int, hashtag: Bool) {
        let normBegin = normCount
        var hash = TermHash.seed
        var flags: TokenFlags = hashtag ? [.hashtag] : []
        var letters = 0
        var uppers = 0
        for cursor in start..<stop {
            let byte = text[cursor]
            if ByteClass.isLetter(byte) {
                letters += 1
                if ByteClass.isUpper(byte) { uppers += 1 } else { flags.insert(.hasLower) }
            }
            writeNorm(ByteClass.isUpper(byte) ? byte | 0x20 : byte, hash: &hash)
        }
        evidence.scripts.latin += letters
        if uppers >= 2 && !flags.contains(.hasLower) { flags.insert(.allCaps) }
        finishWord(start: start, stop: stop, normBegin: normBegin, hash: hash, flags: flags, isNumber: letters == 0)
    }

    private mutating func finishWord(start: Int, stop: Int, normBegin: Int, hash: UInt64, flags: TokenFlags, isNumber: Bool) {
        var token = Token(kind: isNumber ? .number : .word, flags: flags,
                          textStart: Int32(start), textEnd: Int32(stop))
        token.normStart = Int32(normBegin)
        var length = normCount - normBegin
        if length >= 3, norm[normCount - 1] == 0x74, norm[normCount - 2] == 0x27, norm[normCount - 3] == 0x6E {
            token.flags.insert(.negatedContraction)
        }
        var entry = lexicon.find(hash: hash)
        if entry < 0, length > 2, norm[normCount - 1] == 0x73, norm[normCount - 2] == 0x27 {
            entry = lookupPrefix(normBegin, length - 2)
        }
        if entry < 0, flags.contains(.elongated) {
            length = collapseRuns(normBegin, length, keep: 2)
            entry = lookupPrefix(normBegin, length)
            if entry < 0 {
                length = collapseRuns(normBegin, length, keep: 1)
                entry = lookupPrefix(normBegin, length)
            }
            normCount = normBegin + length
        }
        token.normLength = Int32(length)
        token.setEntry(entry, from: lexicon)
        evidence.count(token)
        append(token)
    }

    private func lookupPrefix(_ begin: Int, _ length: Int) -> Int32 {
        lexicon.find(norm + begin, count: length)
    }

    /// Shortens runs of one letter to `keep` copies in place; returns the new length.
    private func collapseRuns(_ begin: Int, _ length: Int, keep: Int) -> Int {
        var write = begin
        var run = 0
        for read in begin..<(begin + length) {
            let byte = norm[read]
            run = write > begin && norm[write - 1] == byte && ByteClass.isLetter(byte) ? run + 1 : 1
            if run <= keep {
                norm[write] = byte
                write += 1
            }
        }
        return write - begin
    }

    private mutating func writeLatin(_ value: UInt32, length: Int, at cursor: Int, hash: inout UInt64,
                                     previous: inout UInt8, run: inout Int, flags: inout TokenFlags) {
        if length == 2, (0xC0...0xDE).contains(value), value != 0xD7 {
            writeNorm(text[cursor], hash: &hash)
            writeNorm(text[cursor + 1] + 0x20, hash: &hash)
        } else {
            if (0xDF...0xFF).contains(value) { flags.insert(.hasLower) }
            for offset in 0..<length { writeNorm(text[cursor + offset], hash: &hash) }
        }
        previous = 0
        run = 0
    }

    @inline(__always)
    private mutating func writeNorm(_ byte: UInt8, hash: inout UInt64) {
        norm[normCount] = byte
        normCount += 1
        hash = TermHash.step(hash, byte)
    }

    @inline(__always) private func isLetterBefore(_ index: Int) -> Bool {
        index > 0 && (ByteClass.isLetter(text[index - 1]) || text[index - 1] >= 0x80)
    }

    @inline(__always) private func isLetterAt(_ index: Int) -> Bool {
        index < end && (ByteClass.isLetter(text[index]) || text[index] >= 0xC0)
    }

    // MARK: - Punctuation and other scalars

    private mutating func scanPunctuation(_ index: Int) -> Int {
        let byte = text[index]
        if Self.opensInnerEmoticon(byte), index > 0, !ByteClass.isSpace(text[index - 1]),
           let next = scanEmoticon(index, requirePunctuation: false) {
            return next
        }
        switch byte {
        case 0x21:
            emitMark(.exclamation, at: index, length: 1)
        case 0x3F:
            emitMark(.question, at: index, length: 1)
        case 0x2E:
            var stop = index + 1
            while stop < end, text[stop] == 0x2E { stop += 1 }
            emitMark(.sentenceMark, at: index, length: stop - index)
            return stop
        case 0x2C, 0x3B, 0x3A, 0x28, 0x29, 0x5B, 0x5D, 0x26:
            emitMark(.clauseMark, at: index, length: 1)
        case 0x2D:
            let spaced = (index == 0 || ByteClass.isSpace(text[index - 1])) || (index + 1 < end && text[index + 1] == 0x2D)
            if spaced { emitMark(.clauseMark, at: index, length: 1) }
        case 0x24, 0x25:
            emitSymbol(at: index, length: 1)
        default:
            break
        }
        return index + 1
    }

    /// Emoticons glued to a word ("great:)") must start with one of : ; = <.
    private static func opensInnerEmoticon(_ byte: UInt8) -> Bool {
        byte == 0x3A || byte == 0x3B || byte == 0x3D || byte == 0x3C
    }

    private mutating func scanNonASCII(_ index: Int, value: UInt32, length: Int) -> Int {
        if ScalarClass.isLatinLetter(value) || ScalarClass.isOtherScriptLetter(value) {
            return scanWord(index)
        }
        switch value {
        case 0x2026:
            emitMark(.sentenceMark, at: index, length: length)
        case 0x2013, 0x2014, 0x2015:
            emitMark(.clauseMark, at: index, length: length)
        case 0x2019:
            break
        default:
            if ScalarClass.isPictograph(value) { return scanEmoji(index, length: length) }
        }
        return index + length
    }

    /// Emits an emoji the lexicon knows, skipping the selectors and modifiers that follow it.
    private mutating func scanEmoji(_ index: Int, length: Int) -> Int {
        let entry = lexicon.find(text + index, count: length)
        var stop = index + length
        while stop < end {
            let (value, next) = ScalarClass.decode(text, stop, end)
            guard ScalarClass.isEmojiModifier(value) else { break }
            stop += next
        }
        if entry >= 0 {
            var token = Token(kind: .emoticon, textStart: Int32(index), textEnd: Int32(stop))
            token.setEntry(entry, from: lexicon)
            evidence.count(token)
            append(token)
        }
        return stop
    }

    private mutating func emitSymbol(at index: Int, length: Int) {
        let entry = lexicon.find(text + index, count: length)
        guard entry >= 0 else { return }
        var token = Token(kind: .symbol, textStart: Int32(index), textEnd: Int32(index + length))
        token.setEntry(entry, from: lexicon)
        append(token)
    }

    private mutating func emitMark(_ kind: TokenKind, at index: Int, length: Int) {
        append(Token(kind: kind, textStart: Int32(index), textEnd: Int32(index + length)))
    }

    @inline(__always)
    private mutating func append(_ token: Token) {
        tokens[tokenCount] = token
        tokenCount += 1
    }
}
