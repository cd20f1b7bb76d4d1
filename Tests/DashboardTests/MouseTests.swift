import Foundation
import Store
import Testing
import TerminalUI
@testable import Dashboard

/// Clicks select what is under the pointer and the wheel scrolls it; mouse support is off unless set.
@Suite struct MouseTests {
    init() { Fixtures.prepare() }
    let size = Size(width: 120, height: 40)

    /// The screen row of `pane`'s list row `index` (inside its border).
    func screenRow(_ index: Int, of pane: Pane, in state: AppState) throws -> Int {
        let rect = try #require(DashboardLayout(for: state).panes[pane])
        return rect.y + 1 + index - state.position(pane).top
    }

    @Test func aClickSelectsTheRowUnderThePointer() throws {
        var state = Fixtures.loadedState(size: size)
        let y = try screenRow(2, of: .reviews, in: state)
        let effects = Reducer.reduce(&state, .mouse(MouseEvent(.click, x: 5, y: y)))
        #expect(state.position(.reviews).selected == 2)
        #expect(effects == [.loadDetail(.reviews, id: "R2")])
    }

    @Test func aClickOnAnotherPaneFocusesItAndSelectsTheRow() throws {
        var state = Fixtures.loadedState(size: size)
        let rect = try #require(DashboardLayout(for: state).panes[.brands])
        _ = Reducer.reduce(&state, .mouse(MouseEvent(.click, x: 3, y: rect.y + 2)))
        #expect(state.focus == .brands)
        #expect(state.position(.brands).selected == 1)
    }

    @Test(arguments: [(MouseEvent.Kind.wheelDown, 3), (.wheelUp, 0)])
    func theWheelMovesTheListUnderThePointer(kind: MouseEvent.Kind, expected: Int) throws {
        var state = Fixtures.loadedState(size: size)
        let y = try screenRow(0, of: .reviews, in: state)
        _ = Reducer.reduce(&state, .mouse(MouseEvent(kind, x: 5, y: y)))
        #expect(state.position(.reviews).selected == expected)
    }

    @Test func clicksOnBordersBlankRowsAndTheHeaderSelectNothing() throws {
        var state = Fixtures.loadedState(size: size)
        let rect = try #require(DashboardLayout(for: state).panes[.reviews])
        for y in [0, rect.y, rect.y + rect.height - 2] {
            _ = Reducer.reduce(&state, .mouse(MouseEvent(.click, x: 5, y: y)))
            #expect(state.position(.reviews).selected == 0, "a click on row \(y) moved the selection")
        }
    }

    @Test func theWheelOverTheDetailScrollsIt() throws {
        var state = Fixtures.loadedState(size: size)
        let detail = try #require(DashboardLayout(for: state).detail)
        state.detail = DetailState(pane: .reviews, id: "R4", content: nil)
        _ = Reducer.reduce(&state, .mouse(MouseEvent(.wheelDown, x: detail.x + 2, y: detail.y + 2)))
        #expect(state.area == .detail)
        #expect(state.position(.reviews).selected == 0)
    }

    @Test(arguments: [("set mouse on", true), ("set mouse off", false), ("", nil)])
    func theConfigSwitchesTheMouse(line: String, expected: Bool?) {
        let config = ConfigFile.parse(line, source: "config")
        #expect(config.errors.isEmpty)
        #expect(config.mouse == expected)
    }

    @Test func aBadMouseValueIsALineNumberedError() {
        let config = ConfigFile.parse("\nset mouse yes", source: "config")
        #expect(config.errors.map(\.description) == ["config:2: mouse takes on or off"])
    }
}
