import Store

extension AppState {
    /// What `pane`'s list loads with: the brand filter, the pane's `/` query and its sort.
    public func listFilter(for pane: Pane) -> ListFilter {
        ListFilter(brandID: brandFilter, query: triage.queries[pane] ?? .everything, order: triage.orders[pane])
    }

    /// The version of the row selected in `pane`, when it is loaded.
    func selectedVersion(in pane: Pane) -> Int? {
        let index = position(pane).selected
        switch pane {
        case .brands: return nil
        case .reviews: return reviews[index]?.version
        case .complaints: return complaints[index]?.version
        case .followUps: return followUps[index]?.version
        }
    }

    /// The id and version of the row at `index` of `pane`, when loaded.
    func row(at index: Int, in pane: Pane) -> (id: String, version: Int)? {
        switch pane {
        case .brands: return nil
        case .reviews: return reviews[index].map { ($0.id, $0.version) }
        case .complaints: return complaints[index].map { ($0.id, $0.version) }
        case .followUps: return followUps[index].map { ($0.id, $0.version) }
        }
    }

    /// What an action applies to: the marked rows of the focused pane, else its focused row.
    var actionTargets: (ids: [String], expected: [String: Int]) {
        let marked = triage.marks[focus] ?? [:]
        if !marked.isEmpty { return (marked.keys.sorted(by: ShortIDOrder.less), marked) }
        guard let id = selectedID(in: focus) else { return ([], [:]) }
        let version = selectedVersion(in: focus)
        return ([id], version.map { [id: $0] } ?? [:])
    }

    /// True when `id` is marked in `pane`.
    func isMarked(_ id: String, in pane: Pane) -> Bool {
        triage.marks[pane]?[id] != nil
    }
}
