import GRDB

/// Turns a parsed query into SQL conditions for one list, checking that each key applies to it.
///
/// Keys that describe items (source, sentiment, rating, tag, lang, kind, priority) also filter
/// complaints and follow-ups, through the items they link to.
struct QueryCompiler {
    let list: QueryList
    /// Who `assignee:me` is.
    let user: String
    /// Seconds since 1970 that relative dates (`since:7d`) and `is:overdue` count from.
    let now: Double

    func compile(_ query: Query) throws(QueryError) -> QuerySQL {
        var sql = QuerySQL()
        // On the items list, several words are matched together (`allWordsCondition`).
        let words = list == .reviews ? Self.searchedWords(query) : []
        let together = words.count > 1 ? Set(words.map(\.column)) : []
        for term in query.terms {
            if together.contains(term.column) {
                if term.column == words[0].column {
                    let condition = Self.allWordsCondition(words, item: "i")
                    sql.add(condition.sql, condition.arguments)
                }
                continue
            }
            let condition = try compile(term)
            let final = term.negated ? condition.negated : condition
            sql.add(final.sql, final.arguments)
        }
        return sql
    }

    private func compile(_ term: QueryTerm) throws(QueryError) -> QueryCondition {
        switch list {
        case .reviews: return try itemCondition(term, item: "i")
        case .complaints: return try complaintCondition(term)
        case .followUps: return try followUpCondition(term)
        case .brands: return try brandListCondition(term)
        }
    }

    func notApplicable(_ term: QueryTerm, _ key: QueryKey) -> QueryError {
        term.error("\(key.rawValue): does not apply to \(list.noun)")
    }

    /// The value checked against a closed list of words, lower-cased.
    func choice(_ term: QueryTerm, _ key: QueryKey, _ value: String, _ allowed: [String]) throws(QueryError) -> String {
        let lowered = value.lowercased()
        guard allowed.contains(lowered) else {
            throw term.error("\(key.rawValue): is one of \(allowed.joined(separator: ", ")) for \(list.noun)")
        }
        return lowered
    }

    // MARK: - Conditions shared by the lists

    /// An FTS5 expression matching a word (or word prefix) or a phrase, quoted so that no
    /// character of the user's text is read as FTS5 syntax.
    static func ftsExpression(_ match: QueryTerm.Match) -> String {
        switch match {
        case .word(let word, let prefix):
            return "\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\"" + (prefix ? " *" : "")
        case .phrase(let phrase):
            return "\"" + phrase.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        case .filter:
            return "\"\""
        }
    }

    /// A LIKE pattern containing the text anywhere (with `\` as the escape character).
    static func containsPattern(_ text: String) -> String {
        "%" + escapedForLike(text) + "%"
    }

    static func escapedForLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }

    /// The plain text of a word or phrase term.
    static func searchText(_ match: QueryTerm.Match) -> String {
        switch match {
        case .word(let word, _): return word
        case .phrase(let phrase): return phrase
        case .filter(_, _, let value): return value
        }
    }

    /// Items whose title, text or author, or one of whose notes, match the term.
    static let itemTextSQL = """
        (SELECT rowid FROM item_fts WHERE item_fts MATCH ? UNION \
        SELECT n.item_id FROM note n WHERE n.item_id IS NOT NULL AND n.id IN (SELECT rowid FROM note_fts WHERE note_fts MATCH ?))
        """

    /// A brand by short id, name or alias, or by the start of a word of its name (`brand:kettle`).
    static func brand(_ column: String, _ value: String) -> QueryCondition {
        let key = NameKey.make(value)
        return QueryCondition("""
            \(column) IN (SELECT id FROM brand WHERE id = ? OR name_key = ? OR (' ' || name_key) LIKE ? ESCAPE '\\' \
            UNION SELECT brand_id FROM brand_alias WHERE alias_key = ?)
            """, [ShortID(value, kind: .brand)?.number ?? -1, key, "% " + escapedForLike(key) + "%", key])
    }

    /// A customer by short id, name, or the start of a word of the name.
    static func customer(_ column: String, _ value: String) -> QueryCondition {
        let key = NameKey.make(value)
        return QueryCondition("""
            \(column) IN (SELECT id FROM customer WHERE id = ? OR name_key = ? OR (' ' || name_key) LIKE ? ESCAPE '\\')
            """, [ShortID(value, kind: .customer)?.number ?? -1, key, "% " + escapedForLike(key) + "%"])
    }

    /// `assignee:me`, `assignee:none`, or a name (any letter case).
    func assignee(_ column: String, _ value: String) -> QueryCondition {
        switch value.lowercased() {
        case "me": return QueryCondition("\(column) = ?", [user])
        case "none", "nobody": return QueryCondition("\(column) IS NULL")
        default: return QueryCondition("\(column) = ? COLLATE NOCASE", [value])
        }
    }

    /// `since:` (on or after) and `until:` (up to the end of that day, or that time).
    func date(_ term: QueryTerm, _ key: QueryKey, _ column: String, _ value: String) throws(QueryError) -> QueryCondition {
        guard let resolved = RelativeDate.parse(value, now: now, direction: .past) else {
            throw term.error("\(key.rawValue): needs a date like 2026-10-01 or an age like 7d")
        }
        if key == .since { return QueryCondition("\(column) >= ?", [resolved.seconds]) }
        if resolved.isDateOnly { return QueryCondition("\(column) < ?", [resolved.seconds + 86_400]) }
        return QueryCondition("\(column) <= ?", [resolved.seconds])
    }

    /// `is:own` and `is:competitor` on a brand id column.
    static func ownership(_ column: String, own: Bool) -> QueryCondition {
        QueryCondition("\(column) IN (SELECT id FROM brand WHERE own = ?)", [own])
    }
}
