/// Unicode scalar tests for the non-ASCII part of the tokenizer.
enum ScalarClass {
    /// Decodes the scalar at `index`; invalid or truncated sequences read as U+FFFD of length 1.
    @inline(__always)
    static func decode(_ bytes: UnsafePointer<UInt8>, _ index: Int, _ end: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
        guard length > 0, index + length <= end else { return (0xFFFD, 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (value, length)
    }

    /// Latin letters beyond ASCII (Latin-1 Supplement to Latin Extended-B, IPA excluded).
    @inline(__always) static func isLatinLetter(_ value: UInt32) -> Bool {
        (0xC0...0x24F).contains(value) && value != 0xD7 && value != 0xF7
    }

    /// Letters of other alphabets and syllabaries (Greek to Hangul, CJK ideographs).
    @inline(__always) static func isOtherScriptLetter(_ value: UInt32) -> Bool {
        switch value {
        case 0x0370...0x03FF, 0x0400...0x052F, 0x0530...0x058F, 0x0590...0x05FF, 0x0600...0x06FF,
             0x0750...0x077F, 0x0900...0x0DFF, 0x0E00...0x0E7F, 0x10A0...0x10FF, 0x1100...0x11FF,
             0x1F00...0x1FFF, 0x3040...0x30FF, 0x3130...0x318F, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xAC00...0xD7AF:
            return true
        default:
            return false
        }
    }

    /// Combining marks that continue the letter before them.
    @inline(__always) static func isCombiningMark(_ value: UInt32) -> Bool {
        (0x0300...0x036F).contains(value)
    }

    /// Scalars that only shape the emoji before them (variation selectors, skin tones, joiners,
    /// keycaps, tags); they are skipped.
    @inline(__always) static func isEmojiModifier(_ value: UInt32) -> Bool {
        value == 0xFE0F || value == 0xFE0E || value == 0x200D || value == 0x20E3
            || (0x1F3FB...0x1F3FF).contains(value) || (0xE0020...0xE007F).contains(value)
    }

    /// Pictographs and symbols that may be emoji.
    @inline(__always) static func isPictograph(_ value: UInt32) -> Bool {
        switch value {
        case 0x1F000...0x1FAFF, 0x2600...0x27BF, 0x2B00...0x2BFF, 0x2300...0x23FF, 0x2190...0x21FF,
             0x25A0...0x25FF, 0x2934...0x2935, 0x3030, 0x303D, 0x3297, 0x3299, 0xA9, 0xAE, 0x2122, 0x2139:
            return true
        default:
            return false
        }
    }

    /// Spaces and separators beyond ASCII; `lineBreak` is true for those that end a line.
    @inline(__always) static func spaceKind(_ value: UInt32) -> (isSpace: Bool, lineBreak: Bool) {
        switch value {
        case 0x85, 0x2028, 0x2029: return (true, true)
        case 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x2060, 0x3000, 0xFEFF: return (true, false)
        default: return (false, false)
        }
    }
}
