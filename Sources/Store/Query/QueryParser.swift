/// Splits a query into terms and checks each one's syntax and list-independent values.
enum QueryParser {
    static func parse(_ text: String) throws(QueryError) -> [QueryTerm] {
        var scanner = QueryScanner(text)
        var terms: [QueryTerm] = []
        while let raw = try scanner.nextTerm() {
            terms.append(try term(raw))
        }
        return terms
    }

    /// Turns one scanned term into a typed one, checking what can be checked without a list.
    private static func term(_ raw: QueryScanner.RawTerm) throws(QueryError) -> QueryTerm {
        func fail(_ message: String) -> QueryError {
            QueryError(column: raw.column, token: raw.token, message: message)
        }
        switch raw.body {
        case .phrase(let phrase):
            guard Self.hasSearchableCharacters(phrase) else {
                throw fail("nothing to search for: full-text search finds words and numbers")
            }
            return QueryTerm(match: .phrase(phrase), negated: raw.negated, column: raw.column, token: raw.token)
        case .word(let word):
            let prefix = word.hasSuffix("*")
            let stem = prefix ? String(word.dropLast()) : word
            guard Self.hasSearchableCharacters(stem) else {
                throw fail("nothing to search for: full-text search finds words and numbers")
            }
            return QueryTerm(match: .word(stem, prefix: prefix), negated: raw.negated, column: raw.column,
                             token: raw.token)
        case .filter(let name, let value):
            guard let key = QueryKey.named(name) else {
                let known = QueryKey.allCases.map { $0.rawValue + ":" }.joined(separator: " ")
                throw fail("unknown filter '\(name):' (known: \(known)); to search for the text, put it in quotes")
            }
            guard !value.trimmingSpaces.isEmpty else {
                throw fail("\(key.rawValue): needs a value, like \(key.example)")
            }
            let (comparison, operand) = try Self.comparison(key, value.trimmingSpaces, fail: fail)
            try Self.checkValue(key, operand, fail: fail)
            return QueryTerm(match: .filter(key, comparison, operand), negated: raw.negated, column: raw.column,
                             token: raw.token)
        }
    }

    /// The comparison in front of a rating (`<=2`); other keys take none.
    private static func comparison(_ key: QueryKey, _ value: String,
                                   fail: (String) -> QueryError) throws(QueryError) -> (QueryComparison, String) {
        for comparison in [QueryComparison.lessOrEqual, .greaterOrEqual, .less, .greater, .equal]
        where value.hasPrefix(comparison.rawValue) {
            guard key == .rating else {
                throw fail("\(key.rawValue): takes no '\(comparison.rawValue)'; only rating: compares, like rating:<=2")
            }
            return (comparison, String(value.dropFirst(comparison.rawValue.count)).trimmingSpaces)
        }
        return (.equal, value)
    }

    /// Checks values whose form does not depend on the list.
    private static func checkValue(_ key: QueryKey, _ value: String, fail: (String) -> QueryError) throws(QueryError) {
        switch key {
        case .rating:
            guard value.lowercased() == "none" || (Int(value).map { (1...5).contains($0) } ?? false) else {
                throw fail("rating needs a whole number from 1 to 5 (or none), like rating:<=2")
            }
        case .sentiment:
            guard QuerySentiment.label(value) != nil else {
                throw fail("sentiment is pos, neu or neg, like sentiment:neg")
            }
        case .since, .until:
            guard RelativeDate.parse(value, now: 0, direction: .past) != nil else {
                throw fail("\(key.rawValue): needs a date like 2026-10-01, a time, today, yesterday, a weekday, or an age like 7d, 2w, 3m, 12h")
            }
        default:
            break
        }
    }

    static func hasSearchableCharacters(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }
}
