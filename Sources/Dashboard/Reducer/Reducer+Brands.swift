import Store

extension Reducer {
    /// New figures for the Brands pane; a brand detail on screen follows them.
    static func brandsLoaded(_ report: BrandStatsReport, _ state: inout AppState) -> [Effect] {
        state.brandReport = report
        let brands = report.brands
        if let filter = state.brandFilter, !brands.contains(where: { $0.id == filter }) { state.brandFilter = nil }
        state.positions[.brands, default: ListPosition()].total = brands.count
        var effects = rescroll(.brands, &state)
        if let detail = state.detail, detail.pane == .brands, state.focus == .brands {
            // The same brand over another period (or fresher figures): redraw now, reload its items.
            state.detail = nil
            effects += showBrand(detail.id, &state, scroll: detail.scroll)
        }
        return effects + syncDetail(&state)
    }

    /// Points the detail at brand `id`: its figures at once, its notable items once loaded.
    static func showBrand(_ id: String, _ state: inout AppState, scroll: Int = 0) -> [Effect] {
        guard let report = state.brandReport else { return [] }
        var detail = DetailState(pane: .brands, id: id, content: BrandProfile(id: id, report: report).map(Detail.brand))
        detail.scroll = scroll
        state.detail = detail
        return [.loadDetail(.brands, id: id)]
    }

    /// The Brands pane's next period; the figures reload.
    static func nextBrandPeriod(_ state: inout AppState) -> [Effect] {
        state.brandPeriod = state.brandPeriod.advanced(by: 1)
        state.message = StatusMessage("Brands over the \(state.brandPeriod.phrase)")
        return [.loadBrands]
    }

    /// While a brand filter is on, moving through the Brands pane moves the filter along: the other
    /// panes show the brand under the cursor.
    static func brandFilterFollowsSelection(_ state: inout AppState) -> [Effect] {
        guard state.focus == .brands, state.area == .list, let filter = state.brandFilter,
              let selected = state.selectedID(in: .brands), selected != filter else { return [] }
        return setBrandFilter(selected, &state)
    }
}
