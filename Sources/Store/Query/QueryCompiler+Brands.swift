import GRDB

extension QueryCompiler {
    func brandListCondition(_ term: QueryTerm) throws(QueryError) -> QueryCondition {
        guard case .filter(let key, _, let value) = term.match else {
            let pattern = Self.containsPattern(Self.searchText(term.match))
            return QueryCondition("""
                (b.name LIKE ? ESCAPE '\\' OR b.id IN (SELECT brand_id FROM brand_alias WHERE alias LIKE ? ESCAPE '\\'))
                """, [pattern, pattern])
        }
        switch key {
        case .brand: return Self.brand("b.id", value)
        case .is:
            let own = try choice(term, key, value, ["own", "competitor"]) == "own"
            return QueryCondition("b.own = ?", [own])
        default: throw notApplicable(term, key)
        }
    }
}
