import CSentimentScan

/// Splits UTF-8 text into tokens in one pass, normalising words and looking each up.
///
/// Works on raw bytes with no allocation of its own: the caller provides the text followed by
/// `padding` zero bytes, the token buffer (room for one token per byte, plus one), a scratch
/// buffer for the normalised spelling of the current word (as many bytes as the text, plus one)
/// and room for the visit list.
struct Tokenizer: ~Copyable {
    /// Unowned: the caller of `Analyzer` holds the lexicon for the whole call, and a counted
    /// reference here would cost a retain and a release per text.
    unowned(unsafe) let lexicon: Lexicon
    let table: LexiconTable
    let text: UnsafePointer<UInt8>
    let end: Int
    let tokens: UnsafeMutablePointer<Token>
    let norm: UnsafeMutablePointer<UInt8>
    let classes: UnsafeMutablePointer<UInt8>
    let afterWord: UnsafeMutablePointer<UInt8>
    let simpleMarks: UnsafeMutablePointer<UInt8>
    /// The tokens the scorer must visit, in order, then the token count (see `Scorer.run`):
    /// all but plain words. Room for one index per byte, plus one; complete after `run`.
    let visits: UnsafeMutablePointer<Int32>
    private(set) var tokenCount = 0
    /// Zero bytes the text must be followed by: eight-byte loads from any index up to eight past
    /// the end stay inside them, and read past the end as zero (which ends any word).
    static let padding = 16
    /// Counts for language detection and the capitals rule (complete after `run`).
    private(set) var evidence = TextEvidence()

    init(lexicon: Lexicon, text: UnsafePointer<UInt8>, count: Int, tokens: UnsafeMutablePointer<Token>,
         norm: UnsafeMutablePointer<UInt8>, visits: UnsafeMutablePointer<Int32>) {
        self.lexicon = lexicon
        self.table = lexicon.table
        self.text = text
        self.end = count
        self.tokens = tokens
        self.norm = norm
        self.visits = visits
        let byteClasses = lexicon.byteClasses
        self.classes = byteClasses.classes
        self.afterWord = byteClasses.afterWord
        self.simpleMarks = byteClasses.simpleMarks
    }

    /// Tokenizes the whole text, looking words up, then settles the tokens and detects the
    /// language (`finish`, inlined here: a call of its own was a prologue and epilogue per text).
    ///
    /// The loop is kept small so that its state stays in registers: a word of fewer than sixteen
    /// ASCII letters and digits (classified sixteen bytes at once, `csentiment_classify16`) that
    /// ends in a space or plain punctuation (most words) is handled here; longer and unusual
    /// words, punctuation and everything else call out.
    mutating func run() -> LanguageDetector.Verdict {
        let text = self.text
        let end = self.end
        let classes = self.classes
        let afterWord = self.afterWord
        let simpleMarks = self.simpleMarks
        let tokens = self.tokens
        let table = self.table
        var index = 0
        var count = 0
        var chunkStart = true
        scan: while index < end {
            let byteClass = classes[Int(text[index])]
            if byteClass & ByteClassTable.alphanumeric != 0 {
                // Words one after another, while each takes the fast path: the next word's class
                // is read here (the padding reads as a zero byte, which no word starts with), so
                // the common case loops without going back through the dispatch below.
                var wordClass = byteClass
                while true {
                    let shape = WordShape(lanes: csentiment_classify16(text + index), first: Self.load(text, at: index),
                                          second: Self.load(text, at: index &+ 8))
                    let meaning = afterWord[Int(shape.after)]
                    // One branch for everything unusual: sixteen letters or more, a byte after the
                    // word that may continue it, or punctuation after a chunk's first word whose
                    // first letter may open a link or emoticon ("www.", "D:").
                    // As arithmetic, not selects: the meanings that matter here as one mask (bit 7 of
                    // the first letter's class, mayOpenChunk, shifted onto followingPunctuation), and
                    // a length of sixteen (`isLong`) as its bit 4.
                    let digitsBit = UInt8(shape.hasDigits ? 1 : 0) &<< 1  // continuesNumber
                    let chunkBit = UInt8(chunkStart ? 1 : 0) &<< 2 & (wordClass &>> 5)  // followingPunctuation
                    let unusual = UInt8(truncatingIfNeeded: shape.length &>> 4)
                        | meaning & (ByteClassTable.continuesWord | digitsBit | chunkBit)
                    if unusual != 0 { break }
                    let slot = table.findSlot(hash: shape.hash)
                    let kind: TokenKind = shape.hasLetters ? .word : .number
                    let lex = table.entry(slot: slot)
                    let entry = table.entryIndex(slot: slot)
                    var token = Token(kind: kind, flags: shape.flags, textStart: Int32(truncatingIfNeeded: index),
                                      textEnd: Int32(truncatingIfNeeded: index &+ shape.length),
                                      hash: shape.hash, entry: entry, lex: lex)
                    token.settleBits = table.settleBits(slot: slot) | shape.settleBits
                    (tokens + count).initialize(to: token)
                    // One branch, rarely taken: a miss that may be a stretched spelling ("soooo").
                    // The sign bit of the entry index is the miss.
                    if UInt32(bitPattern: entry) &>> 31 & UInt32(truncatingIfNeeded: shape.flags.rawValue &>> 8) != 0 { retry(count) }  // mayBeStretched
                    count &+= 1
                    let spaced = shape.after == 0x20
                    index &+= shape.length &+ (spaced ? 1 : 0)
                    chunkStart = spaced
                    wordClass = classes[Int(text[index])]
                    if wordClass & ByteClassTable.alphanumeric == 0 { continue scan }
                }
                tokenCount = count
                (index, chunkStart) = scanWordFast(index, chunkStart: chunkStart)
                count = tokenCount
            } else if byteClass == ByteClassTable.space {
                index &+= 1
                chunkStart = true
            } else if !chunkStart, simpleMarks[Int(text[index])] != 0 {
                // The commonest marks after a word, as `scanPunctuation` makes them.
                let mark = simpleMarks[Int(text[index])]
                var stop = index &+ 1
                if mark != ByteClassTable.noMark {
                    // The table holds a kind's raw value plus one (`noMark` is ruled out above):
                    // a bit cast, not `init(rawValue:)`, which compiles to a jump table here.
                    let kind = unsafeBitCast(mark &- 1, to: TokenKind.self)
                    // "..." is one mark: one test on the kind and the next byte together (rarely
                    // true; the padding reads as 0 at the end), not a branch on the kind.
                    if (kind == .sentenceMark ? 1 : 0) & (text[stop] == 0x2E ? 1 : 0) != 0 {
                        while stop < end, text[stop] == 0x2E { stop &+= 1 }
                    }
                    var token = Token(kind: kind, textStart: Int32(truncatingIfNeeded: index), textEnd: Int32(truncatingIfNeeded: stop))
                    token.settleBits = 1  // visited; no evidence (`Settler.bits`)
                    (tokens + count).initialize(to: token)
                    count &+= 1
                }
                index = stop
            } else {
                tokenCount = count
                (index, chunkStart) = scanOther(index, chunkStart: chunkStart)
                count = tokenCount
            }
        }
        tokenCount = count
        return finish()
    }

    /// Eight bytes of `text` from `index` (at most eight past the end), the first in the lowest
    /// byte; bytes past `end` read as zero (the `padding`).
    @inline(__always)
    private static func load(_ text: UnsafePointer<UInt8>, at index: Int) -> UInt64 {
        UnsafeRawPointer(text + index).loadUnaligned(as: UInt64.self).littleEndian
    }

    /// Looks the token at `index` up again after a miss (see `retryLookup`).
    @inline(never)
    private mutating func retry(_ index: Int) {
        tokens[index].entry = retryLookup(index)
        tokens[index].lex = lexicon.entryOrEmpty(tokens[index].entry)
        tokens[index].settleBits = Settler.bits(of: tokens[index])
    }

    /// Everything but ASCII letters, digits and spaces: line breaks, punctuation (and the
    /// mentions, hashtags and emoticons it may open), and non-ASCII scalars.
    @inline(never)
    private mutating func scanOther(_ index: Int, chunkStart: Bool) -> (next: Int, chunkStart: Bool) {
        let byteClass = classes[Int(text[index])]
        if byteClass == ByteClassTable.newline {
            emitMark(.sentenceMark, at: index, length: 1)
            return (index &+ 1, true)
        }
        if byteClass == ByteClassTable.punctuation {
            if chunkStart, let next = scanPunctuationChunkStart(index) { return (next, false) }
            return (scanPunctuation(index), false)
        }
        let (value, length) = ScalarClass.decode(text, index, end)
        let space = ScalarClass.spaceKind(value)
        if space.isSpace {
            if space.lineBreak { emitMark(.sentenceMark, at: index, length: length) }
            return (index &+ length, true)
        }
        return (scanNonASCII(index, value: value, length: length), false)
    }

    // MARK: - Chunk starts: links, mentions, hashtags, emoticons

    /// Links and emoticons that start with a letter or digit ("www.", "8)", "D:").
    private mutating func scanAlphanumericChunkStart(_ index: Int) -> Int? {
        let lower = text[index] | 0x20
        if lower == 0x68 || lower == 0x77, let next = scanLink(index) { return next }
        guard index &+ 1 < end, Self.mayOpenLetterEmoticon(text[index]) else { return nil }
        let second = text[index &+ 1]
        guard !ByteClass.isAlphanumeric(second), !ByteClass.isSpace(second), second < 0x80 else { return nil }
        return scanEmoticon(index)
    }

    /// Letters and digits that open emoticons such as "8)", "D:", "o.O", "x-D", "0:)".
    private static func mayOpenLetterEmoticon(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x38, 0x30, 0x44, 0x64, 0x6F, 0x4F, 0x78, 0x58: true
        default: false
        }
    }

    /// Mentions, hashtags and emoticons.
    private mutating func scanPunctuationChunkStart(_ index: Int) -> Int? {
        let byte = text[index]
        if byte == 0x40, index &+ 1 < end, ByteClass.isAlphanumeric(text[index &+ 1]) || text[index &+ 1] == 0x5F {
            return scanMention(index)
        }
        if byte == 0x23, index &+ 1 < end, ByteClass.isLetter(text[index &+ 1]) {
            return scanHashtag(index)
        }
        return scanEmoticon(index)
    }

    private mutating func chunkEnd(from index: Int) -> Int {
        var cursor = index
        while cursor < end, !ByteClass.isSpace(text[cursor]) { cursor &+= 1 }
        return cursor
    }

    private mutating func scanLink(_ index: Int) -> Int? {
        guard hasPrefix("http://", at: index) || hasPrefix("https://", at: index) || hasPrefix("www.", at: index) else {
            return nil
        }
        let stop = chunkEnd(from: index)
        emitMark(.url, at: index, length: stop &- index)
        evidence.links &+= 1
        return stop
    }

    /// Case-insensitive ASCII prefix test.
    @inline(__always)
    private mutating func hasPrefix(_ prefix: StaticString, at index: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index &+ count <= end else { return false }
        let bytes = prefix.utf8Start
        for offset in 0..<count where text[index &+ offset] | 0x20 != bytes[offset] | 0x20 {
            return false
        }
        return true
    }

    private mutating func scanMention(_ index: Int) -> Int {
        var cursor = index &+ 1
        while cursor < end, ByteClass.isAlphanumeric(text[cursor]) || text[cursor] == 0x5F || text[cursor] == 0x2E {
            cursor &+= 1
        }
        emitMark(.mention, at: index, length: cursor &- index)
        return cursor
    }

    /// Splits "#NeverAgain" into the words "never" and "again".
    private mutating func scanHashtag(_ index: Int) -> Int {
        var cursor = index &+ 1
        var hasLower = false
        var hasUpper = false
        while cursor < end, ByteClass.isAlphanumeric(text[cursor]) || text[cursor] == 0x5F {
            if ByteClass.isUpper(text[cursor]) { hasUpper = true } else if ByteClass.isLetter(text[cursor]) { hasLower = true }
            cursor &+= 1
        }
        evidence.hashtags &+= 1
        let camel = hasLower && hasUpper
        var wordStart = index &+ 1
        var position = index &+ 1
        while position <= cursor {
            let atEnd = position == cursor
            let splitsHere = !atEnd && position > wordStart && (text[position] == 0x5F
                || (camel && ByteClass.isUpper(text[position]) && !ByteClass.isUpper(text[position &- 1]))
                || ByteClass.isDigit(text[position]) != ByteClass.isDigit(text[position &- 1]))
            if atEnd || splitsHere {
                if position > wordStart { emitHashtagWord(from: wordStart, to: position) }
                wordStart = !atEnd && text[position] == 0x5F ? position &+ 1 : position
            }
            position &+= 1
        }
        return cursor
    }

    /// Matches an emoticon from `index` to the end of the chunk, trimming trailing . , ! ?
    private mutating func scanEmoticon(_ index: Int) -> Int? {
        var stop = index
        while stop < end, stop &- index <= 10, !ByteClass.isSpace(text[stop]) { stop &+= 1 }
        guard stop &- index <= 10 else { return nil }
        while stop &- index >= 2 {
            if let entry = lookupEmoticon(index, stop) {
                var token = Token(kind: .emoticon, textStart: Int32(index), textEnd: Int32(stop))
                token.setEntry(entry, from: lexicon)
                append(token)
                return stop
            }
            let last = text[stop &- 1]
            guard last == 0x2E || last == 0x2C || last == 0x21 || last == 0x3F else { return nil }
            stop &-= 1
        }
        return nil
    }

    private mutating func lookupEmoticon(_ start: Int, _ stop: Int) -> Int32? {
        let length = stop &- start
        for offset in 0..<length {
            let byte = text[start &+ offset]
            guard byte < 0x80 else { return nil }
            norm[offset] = ByteClass.isUpper(byte) ? byte | 0x20 : byte
        }
        let index = lexicon.find(hash: TermHash.hash(norm, count: length))
        guard index >= 0, lexicon.entry(index).roles.contains(.emoticon) else { return nil }
        return index
    }

    // MARK: - Words

    /// The common case: a word of ASCII letters and digits, hashed straight from the text. Words
    /// that go on with an apostrophe, digit punctuation or a non-ASCII letter take `scanWord`,
    /// and a chunk that opens with a link or a letter emoticon takes `scanAlphanumericChunkStart`
    /// (both need punctuation right after the letters). Returns where to go on, past one
    /// following ASCII space, and whether that starts a new chunk.
    @inline(never)
    private mutating func scanWordFast(_ start: Int, chunkStart: Bool) -> (next: Int, chunkStart: Bool) {
        let first = Self.load(text, at: start)
        var run = AlphanumericRun(first)
        var cursor = start &+ run.length
        var letters = AlphanumericRun.countLanes(run.letterLanes)
        var uppers = AlphanumericRun.countLanes(run.upperLanes)
        var stretched = run.hasTriple
        var last = first
        if run.length == 8 { (cursor, letters, uppers, last, run) = scanLongWord(from: cursor, letters, uppers) }
        // The byte after the word, from the last load (zero past the end of the text, which
        // neither continues a word nor opens anything).
        let after = UInt8(truncatingIfNeeded: last &>> UInt64(truncatingIfNeeded: run.length &* 8))
        let meaning = afterWord[Int(after)]
        let digits = cursor &- start &- letters
        // One branch for the rare cases: either may still emit the plain word below.
        let special = meaning & (ByteClassTable.continuesWord | ByteClassTable.followingPunctuation)
            | (digits > 0 ? meaning & ByteClassTable.continuesNumber : 0)
        if special != 0 {
            if chunkStart && meaning & ByteClassTable.followingPunctuation != 0,
               let next = scanAlphanumericChunkStart(start) {
                return (next, false)
            }
            if meaning & ByteClassTable.continuesWord != 0 || (digits > 0 && meaning & ByteClassTable.continuesNumber != 0) {
                return (scanWord(start), false)
            }
        }
        let length = cursor &- start
        // Past eight bytes a run of three may straddle two loads: look again when not found.
        if length > 8 { stretched = true }
        var flags = stretched ? TokenFlags.mayBeStretched : .empty
        if uppers < letters { flags.insert(.hasLower) }
        if uppers >= 2 && uppers == letters { flags.insert(.allCaps) }
        let hash: UInt64
        if length < 8 {
            let tail = (first | TermHash.lowercaseBits) & AlphanumericRun.byteMask(run.runLanes)
            hash = TermHash.mix(TermHash.seed ^ UInt64(truncatingIfNeeded: length) ^ tail ^ 0x5555)
        } else {
            hash = TermHash.hashLowercasingAlphanumerics(text + start, count: length, readable: end &- start)
        }
        let slot = tokens + tokenCount
        slot.initialize(to: Token(kind: letters == 0 ? .number : .word, flags: flags,
                                  textStart: Int32(truncatingIfNeeded: start), textEnd: Int32(truncatingIfNeeded: cursor)))
        slot.pointee.hash = hash
        resolveWord()
        return after == 0x20 ? (cursor &+ 1, true) : (cursor, false)
    }

    /// The rest of a word longer than eight bytes: its end, letter and capital counts so far, and
    /// the last load with its run.
    private mutating func scanLongWord(from start: Int, _ letters: Int, _ uppers: Int)
        -> (Int, Int, Int, UInt64, AlphanumericRun) {
        var cursor = start
        var letters = letters
        var uppers = uppers
        while true {
            let word = Self.load(text, at: cursor)
            let run = AlphanumericRun(word)
            letters &+= AlphanumericRun.countLanes(run.letterLanes)
            uppers &+= AlphanumericRun.countLanes(run.upperLanes)
            cursor &+= run.length
            if run.length < 8 { return (cursor, letters, uppers, word, run) }
        }
    }

    /// Scans a word of letters, digits and inner apostrophes; digits keep inner . , and /.
    /// The normalised spelling goes to `norm` from offset 0.
    private mutating func scanWord(_ start: Int) -> Int {
        let text = self.text
        let norm = self.norm
        let end = self.end
        var cursor = start
        var length = 0
        var letters = 0
        var uppers = 0
        var lowers = 0
        var extra = TokenFlags.empty
        while cursor < end {
            let byte = text[cursor]
            let lower = byte | 0x20
            if lower &- 0x61 < 26 {
                letters &+= 1
                uppers &+= byte < 0x60 ? 1 : 0
                norm[length] = lower
                length &+= 1
                cursor &+= 1
                continue
            }
            if byte &- 0x30 < 10 {
                norm[length] = byte
                length &+= 1
                cursor &+= 1
                continue
            }
            guard let consumed = scanWordOther(byte, at: cursor, start: start, length: &length,
                                               letters: &lowers, flags: &extra) else { break }
            cursor &+= consumed
        }
        if cursor == start { return start &+ 1 }
        letters &+= lowers
        var flags = extra
        if uppers < letters { flags.insert(.hasLower) }
        if uppers >= 2 && !flags.contains(.hasLower) { flags.insert(.allCaps) }
        finishWord(start: start, stop: cursor, length: length, flags: flags,
                   isNumber: letters == 0 && !flags.contains(.foreignScript))
        return cursor
    }

    /// The rarer characters inside a word: apostrophes, digit punctuation, accented and other
    /// letters. Returns the bytes consumed, or nil when the word ends here.
    @inline(__always)
    private mutating func scanWordOther(_ byte: UInt8, at cursor: Int, start: Int, length: inout Int,
                                        letters: inout Int, flags: inout TokenFlags) -> Int? {
        if byte == 0x27, isLetterBefore(cursor), isLetterAt(cursor &+ 1) {
            norm[length] = 0x27
            length &+= 1
            return 1
        }
        if byte == 0xE2, cursor &+ 2 < end, text[cursor &+ 1] == 0x80, text[cursor &+ 2] == 0x99,
           isLetterBefore(cursor), isLetterAt(cursor &+ 3) {
            norm[length] = 0x27
            length &+= 1
            return 3
        }
        if byte == 0x2E || byte == 0x2C || byte == 0x2F, cursor > start, ByteClass.isDigit(text[cursor &- 1]),
           cursor &+ 1 < end, ByteClass.isDigit(text[cursor &+ 1]) {
            norm[length] = byte
            length &+= 1
            return 1
        }
        guard byte >= 0xC0 else { return nil }
        let (value, scalarLength) = ScalarClass.decode(text, cursor, end)
        if ScalarClass.isLatinLetter(value) {
            letters &+= 1
            flags.insert(.accented)
            if scalarLength == 2, (0xC0...0xDE).contains(value), value != 0xD7 {
                norm[length] = text[cursor]
                norm[length &+ 1] = text[cursor &+ 1] &+ 0x20
            } else {
                if (0xDF...0xFF).contains(value) { flags.insert(.hasLower) }
                for offset in 0..<scalarLength { norm[length &+ offset] = text[cursor &+ offset] }
            }
            length &+= scalarLength
            return scalarLength
        }
        if ScalarClass.isOtherScriptLetter(value) || ScalarClass.isCombiningMark(value) {
            if !ScalarClass.isCombiningMark(value) {
                evidence.scripts.count(value)
                evidence.presence |= TextEvidence.Presence.otherScript
            }
            flags.insert(.foreignScript)
            for offset in 0..<scalarLength { norm[length &+ offset] = text[cursor &+ offset] }
            length &+= scalarLength
            return scalarLength
        }
        return nil
    }

    /// Emits one part of a hashtag: ASCII letters and digits only.
    private mutating func emitHashtagWord(from start: Int, to stop: Int) {
        var flags: TokenFlags = [.hashtag]
        var letters = 0
        var uppers = 0
        var length = 0
        for cursor in start..<stop {
            let byte = text[cursor]
            if ByteClass.isLetter(byte) {
                letters &+= 1
                if ByteClass.isUpper(byte) { uppers &+= 1 } else { flags.insert(.hasLower) }
            }
            norm[length] = ByteClass.isUpper(byte) ? byte | 0x20 : byte
            length &+= 1
        }
        if uppers >= 2 && !flags.contains(.hasLower) { flags.insert(.allCaps) }
        finishWord(start: start, stop: stop, length: length, flags: flags, isNumber: letters == 0)
    }

    /// Emits a word and looks it up.
    private mutating func finishWord(start: Int, stop: Int, length: Int, flags: TokenFlags, isNumber: Bool) {
        var tokenFlags = flags
        if length >= 3 { tokenFlags.insert(.mayBeStretched) }
        if length >= 3, norm[length &- 1] == 0x74, norm[length &- 2] == 0x27, norm[length &- 3] == 0x6E {
            tokenFlags.insert(.negatedContraction)
        }
        if length > 2, norm[length &- 1] == 0x73, norm[length &- 2] == 0x27 { tokenFlags.insert(.possessive) }
        let slot = tokens + tokenCount
        slot.initialize(to: Token(kind: isNumber ? .number : .word, flags: tokenFlags,
                                  textStart: Int32(start), textEnd: Int32(stop)))
        slot.pointee.hash = TermHash.hash(norm, count: length, readable: end &+ 1)
        resolveWord()
    }

    /// Looks up the word just written at `tokens[tokenCount]`, retrying a miss without a
    /// possessive "'s" or with stretched letters shortened ("soooo" is "so").
    private mutating func resolveWord() {
        let index = tokenCount
        let slot = table.findSlot(hash: tokens[index].hash)
        tokens[index].entry = table.entryIndex(slot: slot)
        tokens[index].lex = table.entry(slot: slot)
        tokens[index].settleBits = Settler.bits(of: tokens[index])
        // A miss that may be a possessive or stretched spelling.
        let retryable = Int(truncatingIfNeeded: tokens[index].flags.rawValue & TokenFlags.retryable.rawValue)
        if table.missBit(slot: slot) &* retryable != 0 { retry(index) }  // missBit is 0 or 1: no branch on the miss
        tokenCount = index &+ 1
    }

    /// Ends the token list: a sentinel after the last token (so that looking one token ahead
    /// needs no bounds check); then the tokens are settled (`Settler`: evidence and visits) in
    /// one small loop, and the evidence counted exactly if the language must be weighed.
    /// Returns the text's language (`LanguageDetector`), detected here, where the evidence
    /// lies, and from the presence bits alone when they settle it: the weighing takes the
    /// evidence by value, and with it in the same path the whole evidence was copied out for
    /// every text.
    @inline(__always)
    private mutating func finish() -> LanguageDetector.Verdict {
        (tokens + tokenCount).initialize(to: Token(kind: .sentenceMark, textStart: Int32(truncatingIfNeeded: end),
                                                   textEnd: Int32(truncatingIfNeeded: end)))
        var settler = Settler(visits: visits, table: table)
        let tokens = self.tokens
        for index in 0..<tokenCount {
            settler.take(index, tokens)
        }
        settler.close(tokenCount: tokenCount)
        evidence.presence |= settler.presence
        // Latin letters only ever weigh against letters of other scripts.
        if evidence.presence & TextEvidence.Presence.otherScript != 0 { evidence.scripts.latin = latinLetters() }
        guard evidence.needsCounts else { return LanguageDetector.plainVerdict(presence: evidence.presence) }
        for index in 0..<tokenCount where tokens[index].kind != .symbol {
            evidence.count(tokens[index])
        }
        return LanguageDetector.weigh(evidence)
    }

    /// The Latin letters of the words and numbers (ASCII letters, and letters such as é), counted
    /// only when a text has letters of another script to weigh them against, so that the hot
    /// loop need not count them for every text.
    private func latinLetters() -> Int32 {
        var letters: Int32 = 0
        for index in 0..<tokenCount where tokens[index].kind == .word || tokens[index].kind == .number {
            var cursor = Int(tokens[index].textStart)
            let stop = Int(tokens[index].textEnd)
            while cursor < stop {
                let byte = text[cursor]
                if byte < 0x80 {
                    letters &+= ByteClass.isLetter(byte) ? 1 : 0
                    cursor &+= 1
                } else {
                    let (value, length) = ScalarClass.decode(text, cursor, end)
                    letters &+= ScalarClass.isLatinLetter(value) ? 1 : 0
                    cursor &+= max(length, 1)
                }
            }
        }
        return letters
    }

    /// The slow path of a look-up: normalise the word again and try its variants.
    private mutating func retryLookup(_ index: Int) -> Int32 {
        let possessive = tokens[index].flags.contains(.possessive)
        let stretched = tokens[index].flags.contains(.mayBeStretched)
            && hasStretchedLetter(Int(tokens[index].textStart), Int(tokens[index].textEnd))
        guard possessive || stretched else { return -1 }
        var size = renormalize(Int(tokens[index].textStart), Int(tokens[index].textEnd))
        if possessive {
            let stem = TermHash.hash(norm, count: size &- 2)
            let found = lexicon.find(hash: stem)
            if found >= 0 {
                tokens[index].hash = stem
                return found
            }
        }
        guard stretched else { return -1 }
        for keep in stride(from: 2, through: 1, by: -1) {
            size = collapseRuns(size, keep: keep)
            let hash = TermHash.hash(norm, count: size)
            let found = lexicon.find(hash: hash)
            if found >= 0 {
                tokens[index].hash = hash
                tokens[index].flags.insert(.elongated)
                return found
            }
        }
        return -1
    }

    /// Writes the normalised spelling of `text[start..<stop]` to `norm`; returns its length.
    private mutating func renormalize(_ start: Int, _ stop: Int) -> Int {
        var length = 0
        var cursor = start
        while cursor < stop {
            let byte = text[cursor]
            if byte == 0xE2, cursor &+ 2 < stop, text[cursor &+ 1] == 0x80, text[cursor &+ 2] == 0x99 {
                norm[length] = 0x27
                cursor &+= 3
            } else if byte == 0xC3, cursor &+ 1 < stop, (0x80...0x9E).contains(text[cursor &+ 1]), text[cursor &+ 1] != 0x97 {
                norm[length] = byte
                norm[length &+ 1] = text[cursor &+ 1] &+ 0x20
                length &+= 1
                cursor &+= 2
            } else {
                norm[length] = ByteClass.isUpper(byte) ? byte | 0x20 : byte
                cursor &+= 1
            }
            length &+= 1
        }
        return length
    }

    /// True when `text[start..<stop]` has a letter three times in a row, in any case ("soooo").
    private mutating func hasStretchedLetter(_ start: Int, _ stop: Int) -> Bool {
        var run = 1
        var index = start &+ 1
        while index < stop {
            let byte = text[index] | 0x20
            run = byte == text[index &- 1] | 0x20 && ByteClass.isLetter(byte) ? run &+ 1 : 1
            if run >= 3 { return true }
            index &+= 1
        }
        return false
    }

    /// Shortens runs of one letter in `norm` to `keep` copies in place; returns the new length.
    private mutating func collapseRuns(_ length: Int, keep: Int) -> Int {
        var write = 0
        var run = 0
        for read in 0..<length {
            let byte = norm[read]
            run = write > 0 && norm[write &- 1] == byte && ByteClass.isLetter(byte) ? run &+ 1 : 1
            if run <= keep {
                norm[write] = byte
                write &+= 1
            }
        }
        return write
    }

    @inline(__always) private mutating func isLetterBefore(_ index: Int) -> Bool {
        index > 0 && (ByteClass.isLetter(text[index &- 1]) || text[index &- 1] >= 0x80)
    }

    @inline(__always) private mutating func isLetterAt(_ index: Int) -> Bool {
        index < end && (ByteClass.isLetter(text[index]) || text[index] >= 0xC0)
    }

    // MARK: - Punctuation and other scalars

    private mutating func scanPunctuation(_ index: Int) -> Int {
        let byte = text[index]
        if Self.opensInnerEmoticon(byte), index > 0, let next = scanEmoticon(index) {
            return next
        }
        switch byte {
        case 0x21:
            emitMark(.exclamation, at: index, length: 1)
        case 0x3F:
            emitMark(.question, at: index, length: 1)
        case 0x2E:
            var stop = index &+ 1
            while stop < end, text[stop] == 0x2E { stop &+= 1 }
            emitMark(.sentenceMark, at: index, length: stop &- index)
            return stop
        case 0x2C, 0x3B, 0x3A, 0x28, 0x29, 0x5B, 0x5D, 0x26:
            emitMark(.clauseMark, at: index, length: 1)
        case 0x2D:
            let spaced = index == 0 || ByteClass.isSpace(text[index &- 1]) || (index &+ 1 < end && text[index &+ 1] == 0x2D)
            if spaced { emitMark(.clauseMark, at: index, length: 1) }
        case 0x24, 0x25:
            emitSymbol(at: index, length: 1)
        default:
            break
        }
        return index &+ 1
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
        default:
            if ScalarClass.isPictograph(value) { return scanEmoji(index, length: length) }
        }
        return index &+ length
    }

    /// Emits an emoji the lexicon knows, skipping the selectors and modifiers that follow it.
    private mutating func scanEmoji(_ index: Int, length: Int) -> Int {
        let entry = lexicon.find(hash: TermHash.hash(text + index, count: length))
        var stop = index &+ length
        while stop < end {
            let (value, next) = ScalarClass.decode(text, stop, end)
            guard ScalarClass.isEmojiModifier(value) else { break }
            stop &+= next
        }
        if entry >= 0 {
            var token = Token(kind: .emoticon, textStart: Int32(index), textEnd: Int32(stop))
            token.setEntry(entry, from: lexicon)
            append(token)
        }
        return stop
    }

    private mutating func emitSymbol(at index: Int, length: Int) {
        let entry = lexicon.find(hash: TermHash.hash(text + index, count: length))
        guard entry >= 0 else { return }
        var token = Token(kind: .symbol, textStart: Int32(index), textEnd: Int32(index &+ length))
        token.setEntry(entry, from: lexicon)
        append(token)
    }

    private mutating func emitMark(_ kind: TokenKind, at index: Int, length: Int) {
        append(Token(kind: kind, textStart: Int32(index), textEnd: Int32(index &+ length)))
    }

    @inline(__always)
    private mutating func append(_ token: Token) {
        tokens[tokenCount] = token
        tokens[tokenCount].settleBits = Settler.bits(of: token)
        tokenCount &+= 1
    }
}
