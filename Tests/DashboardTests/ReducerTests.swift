import Foundation
import Store
import Testing
import TerminalUI
@testable import Dashboard

@Suite struct ReducerTests {
    init() { Fixtures.prepare() }
    let size = Size(width: 120, height: 40)

    @Test func startLoadsEveryPane() {
        var state = AppState(size: size, storeLabel: "t", now: Fixtures.now)
        let effects = Reducer.reduce(&state, .started)
        #expect(effects.contains(.loadBrands))
        #expect(effects.contains(.loadAttention(ListFilter())))
        for pane in [Pane.reviews, .complaints, .followUps] {
            #expect(effects.contains { if case .loadRows(pane, _, 0, _) = $0 { return true } else { return false } })
        }
    }

    @Test func movingTheSelectionLoadsTheNewDetail() {
        var state = Fixtures.loadedState(size: size)
        #expect(state.position(.reviews).selected == 0)
        let effects = Reducer.reduce(&state, .key(.char("j")))
        #expect(state.position(.reviews).selected == 1)
        #expect(effects == [.loadDetail(.reviews, id: "R3")])
        #expect(state.detail?.id == "R3")
        #expect(state.detail?.content == nil)
    }

    @Test func selectionStopsAtBothEnds() {
        var state = Fixtures.loadedState(size: size)
        _ = Reducer.reduce(&state, .key(.char("k")))
        #expect(state.position(.reviews).selected == 0)
        _ = Reducer.reduce(&state, .key(.char("G")))
        #expect(state.position(.reviews).selected == 3)
        _ = Reducer.reduce(&state, .key(.down))
        #expect(state.position(.reviews).selected == 3)
        _ = Reducer.reduce(&state, .key(.char("g")))
        #expect(state.position(.reviews).selected == 0)
    }

    @Test func jumpingPastTheLoadedWindowAsksForRowsAroundTheScreen() {
        var state = Fixtures.loadedState(size: size)
        _ = Reducer.reduce(&state, .reviewsLoaded(RowWindow(rows: Fixtures.reviews), total: 100_000))
        let effects = Reducer.reduce(&state, .key(.end))
        #expect(state.position(.reviews).selected == 99_999)
        let load = effects.first { if case .loadRows(.reviews, _, _, _) = $0 { return true } else { return false } }
        guard case .loadRows(_, _, let offset, let limit)? = load else {
            Issue.record("expected a window load, got \(effects)")
            return
        }
        #expect(offset <= state.position(.reviews).top)
        #expect(offset + limit >= 100_000)
    }

    @Test func pageDownMovesByAScreen() {
        var state = Fixtures.loadedState(size: size)
        _ = Reducer.reduce(&state, .reviewsLoaded(RowWindow(offset: 0, rows: []), total: 1_000))
        let rows = DashboardLayout(for: state).visibleRows(.reviews)
        _ = Reducer.reduce(&state, .key(.pageDown))
        #expect(state.position(.reviews).selected == rows - 1)
        #expect(state.position(.reviews).top + rows > state.position(.reviews).selected)
    }

    @Test(arguments: [
        (Key.tab, Pane.complaints), (.backTab, .brands), (.char("1"), .brands), (.char("3"), .complaints), (.char("4"), .followUps),
    ])
    func paneKeysMoveTheFocus(key: Key, pane: Pane) {
        var state = Fixtures.loadedState(size: size)
        _ = Reducer.reduce(&state, .key(key))
        #expect(state.focus == pane)
        #expect(state.area == .list)
    }

    @Test func enterOpensTheDetailAndEscGoesBack() {
        var state = Fixtures.loadedState(size: size)
        _ = Reducer.reduce(&state, .key(.enter))
        #expect(state.area == .detail)
        #expect(state.keyScopes == [.detail, .reviews])
        _ = Reducer.reduce(&state, .key(.char("q")))
        #expect(state.area == .list)
        #expect(state.isRunning)
    }

    @Test func helpOpensAndClosesWithoutQuitting() {
        var state = Fixtures.loadedState(size: size)
        _ = Reducer.reduce(&state, .key(.char("?")))
        #expect(state.showingHelp)
        _ = Reducer.reduce(&state, .key(.char("q")))
        #expect(!state.showingHelp)
        #expect(state.isRunning)
    }

    @Test func quitStopsTheLoop() {
        var state = Fixtures.loadedState(size: size)
        #expect(Reducer.reduce(&state, .key(.char("q"))) == [.quit])
        #expect(!state.isRunning)
    }

    @Test func anUnboundKeySaysSo() {
        var state = Fixtures.loadedState(size: size)
        #expect(Reducer.reduce(&state, .key(.char("Z"))).isEmpty)
        #expect(state.message?.text.contains("press ? for the keys") == true)
        _ = Reducer.reduce(&state, .key(.char("j")))
        #expect(state.message == nil)
    }

    @Test func filteringByBrandReloadsTheOtherPanes() {
        var state = Fixtures.loadedState(size: size)
        _ = Reducer.reduce(&state, .key(.char("1")))
        _ = Reducer.reduce(&state, .key(.char("j")))
        let effects = Reducer.reduce(&state, .key(.char("f")))
        #expect(state.brandFilter == "B2")
        #expect(effects.contains(.loadRows(.reviews, ListFilter(brandID: "B2"), offset: 0, limit: Reducer.minimumWindow)))
        _ = Reducer.reduce(&state, .key(.char("f")))
        #expect(state.brandFilter == nil)
    }

    @Test func aStaleDetailIsIgnored() {
        var state = Fixtures.loadedState(size: size)
        _ = Reducer.reduce(&state, .key(.char("j")))
        _ = Reducer.reduce(&state, .detailLoaded(pane: .reviews, id: "R4", .review(Fixtures.detail(of: Fixtures.reviews[0]))))
        #expect(state.detail?.id == "R3")
        #expect(state.detail?.content == nil)
    }

    @Test func shrinkingTheTerminalKeepsTheSelectionOnScreen() {
        var state = Fixtures.loadedState(size: size)
        _ = Reducer.reduce(&state, .reviewsLoaded(RowWindow(offset: 0, rows: []), total: 500))
        _ = Reducer.reduce(&state, .key(.pageDown))
        _ = Reducer.reduce(&state, .resized(Size(width: 60, height: 20)))
        let position = state.position(.reviews)
        let rows = DashboardLayout(for: state).visibleRows(.reviews)
        #expect(position.selected >= position.top && position.selected < position.top + rows)
    }
}
