extension ListFilter {
    /// The brand's row id; 0 (which matches nothing) for an id that is not a brand's short id.
    var brandRowID: Int64? {
        guard let brandID else { return nil }
        return ShortID(brandID, kind: .brand)?.number ?? 0
    }
}
