/// A reply template: text with placeholders such as `{first_name}`, filled in for one item.
///
/// Lines at the top that start with `#` are comments for whoever edits the file; `{{` and `}}`
/// stand for a literal brace. A placeholder the template does not know is an error naming the
/// line, so a typo never reaches a customer as "{frist_name}".
public struct ReplyTemplate: Sendable, Hashable {
    /// The file's name without `.txt` ("apology"), or the built-in's name.
    public var name: String
    /// Where it came from: the file's path, or "built-in".
    public var source: String
    var pieces: [Piece]

    enum Piece: Sendable, Hashable {
        case text(String)
        case placeholder(ReplyPlaceholder)
    }

    /// Reads a template's text.
    ///
    /// - Throws: `ReplyTemplateError` for an unknown placeholder or an unclosed brace.
    public init(name: String, source: String, text: String) throws(ReplyTemplateError) {
        self.name = name
        self.source = source
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var firstLine = 1
        while let first = lines.first, first.hasPrefix("#") {
            lines.removeFirst()
            firstLine += 1
        }
        while let last = lines.last, last.trimmingCharacters(in: .whitespaces).isEmpty { lines.removeLast() }
        var pieces: [Piece] = []
        for (offset, line) in lines.enumerated() {
            if offset > 0 { pieces.append(.text("\n")) }
            pieces += try Self.pieces(of: String(line), line: firstLine + offset, source: source)
        }
        self.pieces = pieces
    }

    /// The text with every placeholder replaced by its value.
    public func filled(with values: ReplyTemplateValues) -> String {
        pieces.map { piece in
            switch piece {
            case .text(let text): return text
            case .placeholder(let placeholder): return values.value(of: placeholder)
            }
        }.joined()
    }

    /// The placeholders the template uses, in order of first use.
    public var placeholders: [ReplyPlaceholder] {
        pieces.reduce(into: []) { found, piece in
            if case .placeholder(let placeholder) = piece, !found.contains(placeholder) { found.append(placeholder) }
        }
    }

    private static func pieces(of line: String, line number: Int, source: String) throws(ReplyTemplateError) -> [Piece] {
        var pieces: [Piece] = []
        var text = ""
        var rest = Substring(line)
        while let character = rest.first {
            if rest.hasPrefix("{{") || rest.hasPrefix("}}") {
                text.append(character)
                rest = rest.dropFirst(2)
            } else if character == "{" {
                guard let close = rest.firstIndex(of: "}") else {
                    throw ReplyTemplateError(source: source, line: number,
                                             message: "'{' is not closed: write a placeholder like {first_name}, or {{ for a brace")
                }
                let name = String(rest[rest.index(after: rest.startIndex)..<close])
                guard let placeholder = ReplyPlaceholder(rawValue: name.trimmingCharacters(in: .whitespaces).lowercased()) else {
                    throw ReplyTemplateError(source: source, line: number,
                                             message: "unknown placeholder {\(name)}: use \(ReplyPlaceholder.list)")
                }
                if !text.isEmpty { pieces.append(.text(text)) }
                text = ""
                pieces.append(.placeholder(placeholder))
                rest = rest[rest.index(after: close)...]
            } else {
                text.append(character)
                rest = rest.dropFirst()
            }
        }
        if !text.isEmpty { pieces.append(.text(text)) }
        return pieces
    }
}
