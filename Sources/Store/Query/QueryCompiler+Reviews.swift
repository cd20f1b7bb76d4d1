import GRDB

extension QueryCompiler {
    static let itemStates = ["complaint", "urgent", "spam", "assigned", "unassigned", "own", "competitor"]
        + ItemStatus.names

    /// A term on the items list; `item` is the alias of the item table in the statement.
    func itemCondition(_ term: QueryTerm, item i: String) throws(QueryError) -> QueryCondition {
        guard case .filter(let key, let comparison, let value) = term.match else {
            let expression = Self.ftsExpression(term.match)
            return QueryCondition("\(i).id IN \(Self.itemTextSQL)", [expression, expression])
        }
        switch key {
        case .brand: return Self.brand("\(i).brand_id", value)
        case .source: return QueryCondition("\(i).source = ?", [value.lowercased()])
        case .status: return QueryCondition("\(i).status = ?", [try choice(term, key, value, ItemStatus.names)])
        case .sentiment: return QueryCondition("\(i).label = ?", [QuerySentiment.label(value)])
        case .rating:
            if value.lowercased() == "none" { return QueryCondition("\(i).rating IS NULL") }
            return QueryCondition("\(i).rating \(comparison.rawValue) ?", [Int(value)])
        case .since, .until: return try date(term, key, "\(i).posted", value)
        case .tag:
            return QueryCondition("EXISTS (SELECT 1 FROM item_tag t WHERE t.item_id = \(i).id AND t.tag = ?)",
                                  [value.trimmingSpaces.lowercased()])
        case .assignee: return assignee("\(i).assignee", value)
        case .aspect:
            return QueryCondition("EXISTS (SELECT 1 FROM item_aspect a WHERE a.item_id = \(i).id AND a.aspect = ?)",
                                  [try choice(term, key, value, Vocabulary.aspects)])
        case .is: return try itemState(term, value, item: i)
        case .lang: return QueryCondition("\(i).language = ?", [value.lowercased()])
        case .kind: return QueryCondition("\(i).kind = ?", [try choice(term, key, value, Vocabulary.itemKinds)])
        case .priority: return QueryCondition("\(i).priority = ?", [try choice(term, key, value, Vocabulary.priorities)])
        case .customer: return Self.customer("\(i).customer_id", value)
        case .severity, .channel: throw notApplicable(term, key)
        }
    }

    private func itemState(_ term: QueryTerm, _ value: String, item i: String) throws(QueryError) -> QueryCondition {
        switch try choice(term, .is, value, Self.itemStates) {
        case "complaint":
            return QueryCondition("(\(i).is_complaint = 1 OR EXISTS (SELECT 1 FROM complaint_item ci WHERE ci.item_id = \(i).id))")
        case "urgent": return QueryCondition("(\(i).is_urgent = 1 OR \(i).priority = 'urgent')")
        case "spam": return QueryCondition("(\(i).status = 'spam' OR \(i).is_spam = 1)")
        case "assigned": return QueryCondition("\(i).assignee IS NOT NULL")
        case "unassigned": return QueryCondition("\(i).assignee IS NULL")
        case "own": return Self.ownership("\(i).brand_id", own: true)
        case "competitor": return Self.ownership("\(i).brand_id", own: false)
        case let status: return QueryCondition("\(i).status = ?", [status])
        }
    }

    /// Keys that describe items, applied to the items another list links to.
    static let itemKeys: Set<QueryKey> = [.source, .sentiment, .rating, .tag, .lang, .kind, .priority]

    /// The item condition of `term` as SQL over an item aliased `li` (linked item).
    func linkedItemCondition(_ term: QueryTerm) throws(QueryError) -> QueryCondition {
        let reviews = QueryCompiler(list: .reviews, user: user, now: now)
        let plain = QueryTerm(match: term.match, negated: false, column: term.column, token: term.token)
        return try reviews.itemCondition(plain, item: "li")
    }
}
