import GRDB

extension QueryCompiler {
    static let followUpStates = ["todo", "done", "skipped", "overdue", "complaint", "assigned", "unassigned", "own",
                                 "competitor"]

    func followUpCondition(_ term: QueryTerm) throws(QueryError) -> QueryCondition {
        guard case .filter(let key, _, let value) = term.match else { return followUpText(term) }
        if Self.itemKeys.contains(key) {
            let item = try linkedItemCondition(term)
            return QueryCondition("f.item_id IN (SELECT li.id FROM item li WHERE \(item.sql))", item.arguments)
        }
        switch key {
        case .brand: return Self.brand("f.brand_id", value)
        case .status: return QueryCondition("f.status = ?", [try choice(term, key, value, Vocabulary.followUpStatuses)])
        case .since, .until: return try date(term, key, "f.due", value)
        case .assignee: return assignee("f.owner", value)
        case .channel: return QueryCondition("f.channel = ?", [try choice(term, key, value, Vocabulary.channels)])
        case .customer: return Self.customer("f.customer_id", value)
        case .severity:
            return QueryCondition("f.complaint_id IN (SELECT id FROM complaint WHERE severity = ?)",
                                  [try choice(term, key, value, Vocabulary.severities)])
        case .aspect:
            return QueryCondition("f.complaint_id IN (SELECT id FROM complaint WHERE category = ?)",
                                  [try choice(term, key, value, Vocabulary.aspects)])
        case .is: return try followUpState(term, value)
        default: throw notApplicable(term, key)
        }
    }

    private func followUpState(_ term: QueryTerm, _ value: String) throws(QueryError) -> QueryCondition {
        switch try choice(term, .is, value, Self.followUpStates) {
        case "overdue": return QueryCondition("(f.status = 'todo' AND f.due < ?)", [ISOTime.startOfDay(now)])
        case "complaint": return QueryCondition("f.complaint_id IS NOT NULL")
        case "assigned": return QueryCondition("f.owner IS NOT NULL")
        case "unassigned": return QueryCondition("f.owner IS NULL")
        case "own": return Self.ownership("f.brand_id", own: true)
        case "competitor": return Self.ownership("f.brand_id", own: false)
        case let status: return QueryCondition("f.status = ?", [status])
        }
    }

    /// Words in the reason, outcome or notes, the customer's name, or the linked item's text.
    private func followUpText(_ term: QueryTerm) -> QueryCondition {
        let pattern = Self.containsPattern(Self.searchText(term.match))
        let expression = Self.ftsExpression(term.match)
        return QueryCondition("""
            (f.reason LIKE ? ESCAPE '\\' OR COALESCE(f.outcome, '') LIKE ? ESCAPE '\\' \
            OR f.id IN (SELECT n.followup_id FROM note n WHERE n.followup_id IS NOT NULL \
            AND n.id IN (SELECT rowid FROM note_fts WHERE note_fts MATCH ?)) \
            OR f.customer_id IN (SELECT id FROM customer WHERE name LIKE ? ESCAPE '\\') \
            OR f.item_id IN \(Self.itemTextSQL))
            """, [pattern, pattern, expression, pattern, expression, expression])
    }
}
