/// A 256-entry table of ASCII byte classes for the tokenizer's hot loop (one load per byte).
///
/// Allocated and filled once, never written afterwards and never freed (it lives as long as the
/// process), which is why the unchecked `Sendable` conformance is sound.
final class ByteClassTable: @unchecked Sendable {
    static let upper: UInt8 = 0x01
    static let letter: UInt8 = 0x02
    static let digit: UInt8 = 0x04
    static let alphanumeric: UInt8 = letter | digit
    static let space: UInt8 = 0x08
    static let newline: UInt8 = 0x10
    static let nonASCII: UInt8 = 0x20
    static let punctuation: UInt8 = 0x40
    /// On letters and digits: may open a link ("http", "www") or a letter emoticon ("8)", "D:",
    /// "o.O", "x-D") at the start of a chunk (h w 8 0 D d o O x X, either case where it applies).
    static let mayOpenChunk: UInt8 = 0x80

    /// What the byte right after a run of ASCII letters and digits means for the word (table
    /// `afterWord`): the word goes on (an apostrophe or a non-ASCII byte), goes on if it holds a
    /// digit (. , /), or the byte is ASCII punctuation (which may close a link or an emoticon
    /// at the start of a chunk).
    static let continuesWord: UInt8 = 0x01
    static let continuesNumber: UInt8 = 0x02
    static let followingPunctuation: UInt8 = 0x04

    static let shared = ByteClassTable()

    let classes: UnsafeMutablePointer<UInt8>
    let afterWord: UnsafeMutablePointer<UInt8>
    /// The mark a punctuation byte inside a chunk makes when nothing else can start there
    /// (`Tokenizer.scanPunctuation`): its `TokenKind` raw value plus one, `noMark` for a byte
    /// that makes none ("), 0 for the others (: ; = < open emoticons, - $ % and the rest).
    let simpleMarks: UnsafeMutablePointer<UInt8>
    static let noMark: UInt8 = 0xFF

    private init() {
        classes = .allocate(capacity: 256)
        afterWord = .allocate(capacity: 256)
        simpleMarks = .allocate(capacity: 256)
        simpleMarks.initialize(repeating: 0, count: 256)
        for (byte, kind) in [(0x21, TokenKind.exclamation), (0x3F, .question), (0x2E, .sentenceMark), (0x2C, .clauseMark),
                             (0x28, .clauseMark), (0x29, .clauseMark), (0x5B, .clauseMark), (0x5D, .clauseMark),
                             (0x26, .clauseMark)] {
            simpleMarks[byte] = kind.rawValue &+ 1
        }
        simpleMarks[0x22] = Self.noMark
        for byte in 0..<256 {
            classes[byte] = Self.classify(UInt8(byte)) | (Self.opensChunk(UInt8(byte)) ? Self.mayOpenChunk : 0)
            afterWord[byte] = Self.classifyAfterWord(UInt8(byte))
        }
    }

    private static func opensChunk(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x68, 0x48, 0x77, 0x57, 0x38, 0x30, 0x44, 0x64, 0x6F, 0x4F, 0x78, 0x58: true
        default: false
        }
    }

    private static func classifyAfterWord(_ byte: UInt8) -> UInt8 {
        var meaning: UInt8 = classify(byte) == punctuation ? followingPunctuation : 0
        if byte >= 0x80 || byte == 0x27 { meaning |= continuesWord }
        if byte == 0x2E || byte == 0x2C || byte == 0x2F { meaning |= continuesNumber }
        return meaning
    }

    private static func classify(_ byte: UInt8) -> UInt8 {
        switch byte {
        case 0x41...0x5A: return letter | upper
        case 0x61...0x7A: return letter
        case 0x30...0x39: return digit
        case 0x0A: return newline
        case 0x20, 0x09, 0x0B, 0x0C, 0x0D: return space
        case 0x80...0xFF: return nonASCII
        default: return punctuation
        }
    }
}
