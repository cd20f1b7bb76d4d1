import Store

extension Reducer {
    /// New figures for the Brands pane; a brand detail on screen follows them.
    static func brandsLoaded(_ report: BrandStatsReport, _ state: inout AppState) -> [Effect] {
        state.brandReport = report
        state.keptBrandDetail = nil
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
        keepBrandDetail(&state)
        var detail = DetailState(pane: .brands, id: id, content: BrandProfile(id: id, report: report).map(Detail.brand))
        detail.scroll = scroll
        state.detail = detail
        return [.loadDetail(.brands, id: id)]
    }

    /// Shows brand `id`'s kept detail (figures and notable items as last loaded); nil when none is kept.
    static func showKeptBrand(_ id: String, _ state: inout AppState) -> [Effect]? {
        guard let kept = state.keptBrandDetail, kept.id == id,
              case .brand(let profile)? = kept.content, profile.notable != nil else { return nil }
        keepBrandDetail(&state)
        state.detail = kept
        return []
    }

    /// Keeps the brand detail on screen, its notable items loaded, before the detail moves on.
    static func keepBrandDetail(_ state: inout AppState) {
        guard let detail = state.detail, detail.pane == .brands,
              case .brand(let profile)? = detail.content, profile.notable != nil else { return }
        state.keptBrandDetail = detail
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
