/// Reads a query's characters into raw terms: words, "phrases" and key:value pairs, each with
/// a leading `-` or not, and the column where it starts.
struct QueryScanner {
    enum Body {
        case word(String)
        case phrase(String)
        case filter(name: String, value: String)
    }

    struct RawTerm {
        var body: Body
        var negated: Bool
        var column: Int
        var token: String
    }

    private let characters: [Character]
    private var index = 0

    init(_ text: String) {
        characters = Array(text)
    }

    /// The next term, nil at the end.
    mutating func nextTerm() throws(QueryError) -> RawTerm? {
        while index < characters.count, characters[index].isWhitespace { index += 1 }
        guard index < characters.count else { return nil }
        let start = index
        var negated = false
        if characters[index] == "-" {
            negated = true
            index += 1
            guard index < characters.count, !characters[index].isWhitespace else {
                throw error(from: start, "a lone '-' negates nothing: write it right before a term, like -tag:done")
            }
        }
        let body: Body
        if characters[index] == "\"" {
            body = .phrase(try quoted(termStart: start))
        } else {
            body = try wordOrFilter(termStart: start)
        }
        return RawTerm(body: body, negated: negated, column: start + 1, token: String(characters[start..<index]))
    }

    /// A word, or `name:value` when the text before the first colon is letters only.
    private mutating func wordOrFilter(termStart: Int) throws(QueryError) -> Body {
        let wordStart = index
        while index < characters.count, !characters[index].isWhitespace, characters[index] != ":" {
            if characters[index] == "\"" {
                skipToEnd()
                throw error(from: termStart, "a quote inside a word: quote a whole phrase, like \"cold coffee\"")
            }
            index += 1
        }
        let name = String(characters[wordStart..<index])
        let isFilter = index < characters.count && characters[index] == ":" && !name.isEmpty
            && name.allSatisfy { $0.isLetter }
        guard isFilter else {
            while index < characters.count, !characters[index].isWhitespace {
                if characters[index] == "\"" {
                    skipToEnd()
                    throw error(from: termStart, "a quote inside a word: quote a whole phrase, like \"cold coffee\"")
                }
                index += 1
            }
            return .word(String(characters[wordStart..<index]))
        }
        index += 1
        if index < characters.count, characters[index] == "\"" {
            return .filter(name: name, value: try quoted(termStart: termStart))
        }
        let valueStart = index
        while index < characters.count, !characters[index].isWhitespace {
            if characters[index] == "\"" {
                skipToEnd()
                throw error(from: termStart, "a quote inside a value: quote the whole value, like \(name):\"a b\"")
            }
            index += 1
        }
        return .filter(name: name, value: String(characters[valueStart..<index]))
    }

    /// The text between a pair of double quotes; the term must end right after the closing one.
    private mutating func quoted(termStart: Int) throws(QueryError) -> String {
        let open = index
        index += 1
        let contentStart = index
        while index < characters.count, characters[index] != "\"" { index += 1 }
        guard index < characters.count else {
            throw QueryError(column: open + 1, token: String(characters[termStart..<characters.count]),
                             message: "the quote opened here is never closed: add a closing \"")
        }
        let content = String(characters[contentStart..<index])
        index += 1
        if index < characters.count, !characters[index].isWhitespace {
            skipToEnd()
            throw error(from: termStart, "put a space after the closing quote")
        }
        return content
    }

    private mutating func skipToEnd() {
        while index < characters.count, !characters[index].isWhitespace { index += 1 }
    }

    private func error(from start: Int, _ message: String) -> QueryError {
        var end = max(index, start + 1)
        while end < characters.count, !characters[end].isWhitespace { end += 1 }
        return QueryError(column: start + 1, token: String(characters[start..<min(end, characters.count)]), message: message)
    }
}
