/// Word wrapping by display width, for detail views.
public enum TextWrap {
    /// Breaks `text` into lines at most `width` columns wide (a single wide character on a line
    /// one column wide is the only exception: it cannot be split).
    ///
    /// Line breaks in the text (LF, CRLF or CR) start new lines; words wrap at spaces; a word wider
    /// than the line is cut. Widths are those of the sanitised text, so the result can be drawn
    /// with ``ScreenBuffer/put(_:x:y:style:maxWidth:)`` without any row overflowing.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in paragraphs(of: text) {
            lines.append(contentsOf: wrapParagraph(paragraph, width: width))
        }
        return lines
    }

    static func paragraphs(of text: String) -> [String] {
        // Over scalars: "\r\n" is a single Character, so splitting Characters would miss it.
        var result: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousWasCR { previousWasCR = false; continue }
            previousWasCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                result.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        result.append(String(current))
        return result
    }

    static func wrapParagraph(_ paragraph: String, width: Int) -> [String] {
        // A tab's width depends on its column, so inside wrapped text it counts as a space.
        let words = paragraph.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard !words.isEmpty else { return [""] }
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in words {
            let w = DisplayWidth.of(word)
            if currentWidth > 0 && currentWidth + 1 + w <= width {
                current += " " + word
                currentWidth += 1 + w
                continue
            }
            if currentWidth > 0 { lines.append(current) }
            current = ""
            currentWidth = 0
            var piece = word
            while DisplayWidth.of(piece) > width {
                let (head, rest) = split(piece, atWidth: width)
                lines.append(head)
                piece = rest
            }
            current = piece
            currentWidth = DisplayWidth.of(piece)
        }
        lines.append(current)
        return lines
    }

    /// Splits a word so that the head fits in `width` columns (at least one character).
    static func split(_ word: String, atWidth width: Int) -> (String, String) {
        var used = 0
        var index = word.startIndex
        for character in word {
            let w = DisplayWidth.of(String(character))
            if used + w > width && used > 0 { break }
            used += w
            index = word.index(after: index)
        }
        return (String(word[..<index]), String(word[index...]))
    }

    /// The text cut to `width` columns, ending in `ellipsis` when something was cut.
    public static func truncate(_ text: String, width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        let room = width - DisplayWidth.of(ellipsis)
        var out = ""
        var used = 0
        for character in text {
            let w = DisplayWidth.of(String(character))
            if used + w > room { break }
            out.append(character)
            used += w
        }
        return out + ellipsis
    }
}
