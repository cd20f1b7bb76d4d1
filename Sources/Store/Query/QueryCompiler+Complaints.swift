import GRDB

extension QueryCompiler {
    static let complaintStates = ["open", "waiting", "resolved", "unresolved", "overdue", "urgent", "assigned",
                                  "unassigned", "own", "competitor"]

    func complaintCondition(_ term: QueryTerm) throws(QueryError) -> QueryCondition {
        guard case .filter(let key, _, let value) = term.match else { return complaintText(term) }
        if Self.itemKeys.contains(key) {
            let item = try linkedItemCondition(term)
            return QueryCondition("""
                c.id IN (SELECT ci.complaint_id FROM complaint_item ci JOIN item li ON li.id = ci.item_id WHERE \(item.sql))
                """, item.arguments)
        }
        switch key {
        case .brand: return Self.brand("c.brand_id", value)
        case .status: return QueryCondition("c.status = ?", [try choice(term, key, value, Vocabulary.complaintStatuses)])
        case .since, .until: return try date(term, key, "c.opened", value)
        case .assignee: return assignee("c.owner", value)
        case .aspect: return QueryCondition("c.category = ?", [try choice(term, key, value, Vocabulary.aspects)])
        case .severity: return QueryCondition("c.severity = ?", [try choice(term, key, value, Vocabulary.severities)])
        case .customer: return Self.customer("c.customer_id", value)
        case .is: return try complaintState(term, value)
        default: throw notApplicable(term, key)
        }
    }

    private func complaintState(_ term: QueryTerm, _ value: String) throws(QueryError) -> QueryCondition {
        switch try choice(term, .is, value, Self.complaintStates) {
        case "unresolved": return QueryCondition("c.status != 'resolved'")
        case "overdue": return QueryCondition("(c.status != 'resolved' AND c.resolution_due < ?)", [now])
        case "urgent": return QueryCondition("c.severity IN ('high', 'critical')")
        case "assigned": return QueryCondition("c.owner IS NOT NULL")
        case "unassigned": return QueryCondition("c.owner IS NULL")
        case "own": return Self.ownership("c.brand_id", own: true)
        case "competitor": return Self.ownership("c.brand_id", own: false)
        case let status: return QueryCondition("c.status = ?", [status])
        }
    }

    /// Words in the summary, resolution or notes, or in the linked items' text.
    private func complaintText(_ term: QueryTerm) -> QueryCondition {
        let pattern = Self.containsPattern(Self.searchText(term.match))
        let expression = Self.ftsExpression(term.match)
        return QueryCondition("""
            (c.summary LIKE ? ESCAPE '\\' OR COALESCE(c.resolution, '') LIKE ? ESCAPE '\\' \
            OR c.id IN (SELECT n.complaint_id FROM note n WHERE n.complaint_id IS NOT NULL \
            AND n.id IN (SELECT rowid FROM note_fts WHERE note_fts MATCH ?)) \
            OR c.id IN (SELECT ci.complaint_id FROM complaint_item ci WHERE ci.item_id IN \(Self.itemTextSQL)))
            """, [pattern, pattern, expression, expression, expression])
    }
}
