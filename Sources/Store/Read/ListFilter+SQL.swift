extension ListFilter {
    /// The brand's row id; 0 (which matches nothing) for an id that is not a brand's short id.
    var brandRowID: Int64? {
        guard let brandID else { return nil }
        return ShortID(brandID, kind: .brand)?.number ?? 0
    }

    /// The filter as SQL conditions for `list`, whose table is aliased i, c, f or b.
    ///
    /// - Throws: `QueryError` when the query does not apply to the list.
    func sql(for list: QueryList, user: String, now: Double) throws -> QuerySQL {
        var sql = try QueryCompiler(list: list, user: user, now: now).compile(query)
        if let brand = brandRowID {
            sql.add("\(Self.brandColumn(list)) = ?", [brand])
        }
        return sql
    }

    private static func brandColumn(_ list: QueryList) -> String {
        switch list {
        case .reviews: return "i.brand_id"
        case .complaints: return "c.brand_id"
        case .followUps: return "f.brand_id"
        case .brands: return "b.id"
        }
    }
}
