/// A parsed query of the query language (BRIEF §5), shared by `/` in the dashboard and every
/// command that takes QUERY.
///
/// Free words and "quoted phrases" search the text (all must match; `word*` matches words
/// starting with it); `key:value` filters (`brand:`, `source:`, `status:`, `sentiment:pos`,
/// `rating:<=2`, `since:2026-10-01`, `until:`, `tag:`, `assignee:me`, `aspect:`,
/// `is:complaint`, `is:urgent`, `is:spam`, `lang:`, `kind:`, `priority:`, `severity:`,
/// `channel:`, `customer:`); a leading `-` negates a term. Parsing checks the syntax and the
/// values that do not depend on the list; which keys apply is checked against the list
/// (`validate(for:)`), and every error names the column and the term.
public struct Query: Sendable, Hashable {
    /// The query as typed.
    public let text: String
    /// Its terms, in order.
    public let terms: [QueryTerm]

    /// Parses `text`; an empty or blank text is the query that matches everything.
    public init(parsing text: String) throws(QueryError) {
        self.text = text
        self.terms = try QueryParser.parse(text)
    }

    /// The query that matches everything.
    public static let everything = Query(text: "", terms: [])

    init(text: String, terms: [QueryTerm]) {
        self.text = text
        self.terms = terms
    }

    /// True when the query has no terms.
    public var isEmpty: Bool { terms.isEmpty }

    /// Throws the first term that does not apply to `list` (e.g. `rating:` on complaints) or
    /// whose value that list does not know (e.g. `status:todo` on reviews).
    public func validate(for list: QueryList) throws(QueryError) {
        _ = try QueryCompiler(list: list, user: "", now: 0).compile(self)
    }
}
