import Foundation
import InMemoryTerminal
import Store
import Testing
import TerminalUI
@testable import Dashboard

/// The Brands pane and the brand detail, rendered from fixed figures; the period key and the
/// brand filter that follows the selection.
@Suite struct BrandsPaneTests {
    init() { Fixtures.prepare() }

    /// The fixture state with the Brands pane focused (and, when asked, the first brand's detail
    /// open with its notable items).
    static func brandsState(_ size: Size, detail: Bool = false) -> AppState {
        var state = Fixtures.loadedState(size: size)
        _ = Reducer.reduce(&state, .command(.showBrands))
        if detail {
            let notable = NotableItems(mostNegative: [Fixtures.reviews[1]], mostPositive: [Fixtures.reviews[2]], urgent: [])
            _ = Reducer.reduce(&state, .detailLoaded(pane: .brands, id: "B1",
                                                     BrandProfile(id: "B1", report: Fixtures.brandReport, notable: notable).map(Detail.brand)))
            _ = Reducer.reduce(&state, .command(.open))
        }
        return state
    }

    static func screen(_ state: AppState, glyphs: Glyphs = .unicode, theme: Theme = .standard) -> ScreenBuffer {
        DashboardRenderer(context: RenderContext(theme: theme, glyphs: glyphs)).render(state)
    }

    /// Rows `range` of the screen, trailing spaces cut.
    static func rows(_ screen: ScreenBuffer, _ range: Range<Int>) -> String {
        screen.lines[range].map { line in
            var text = line
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }.joined(separator: "\n")
    }

    @Test func paneAt80x24() {
        let screen = Self.screen(Self.brandsState(Size(width: 80, height: 24)))
        #expect(Self.rows(screen, 1..<8) == """
            ┌ 1 Brands · last 90 days (2) ─────────────────────────────────────────────────┐
            │   brand                            items stars sentiment     net weekly items│
            │ ● Crumb & Kettle                      3▼ ★3.7▲ ███████░░░ +0.33▲ ▁█▁▁█▁▁▁▁▁▁█│
            │     complaints 33%▼ · − speed 1 · + quality 2 · follow-ups 50% · reply 5h    │
            │   Maison Levain                       1  ★5.0  ██████████ +1.00  ▁▁▁▁▁▁▁▁▁▁▁█│
            │     complaints 0%                                                            │
            │                                                                              │
            """)
    }

    @Test func detailAt80x24() {
        let screen = Self.screen(Self.brandsState(Size(width: 80, height: 24), detail: true))
        #expect(Self.rows(screen, 1..<23) == """
            ┌ B1 · Brands detail ──────────────────────────────────────────────────────────┐
            │ Crumb & Kettle  your brand                                                   │
            │   last 90 days: 2026-08-25 to 2026-11-22, against 2026-05-27 to 2026-08-24   │
            │                                                                              │
            │   3 items ▼50%   ★3.7 ▲0.7   net +0.33 ▲0.50                                 │
            │   ████████████████████░░░░░░░░░░  2 pos · 0 neu · 1 neg                      │
            │   complaints 33% of items (1) ▼17pt                                          │
            │   follow-ups 50% done (1 of 2 due)                                           │
            │   first reply 5h median (1 answered)                                         │
            │                                                                              │
            │ Weekly sentiment (mean score)                                                │
            │   +0.5                                                                       │
            │          ▆▆    ▆▆            ▆▆                                              │
            │    0   ┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈                                              │
            │                                                                              │
            │   -0.5                                                                       │
            │                                                                              │
            │ Weekly rating                                                                │
            │     5★   ▂▂    ▂▂            ▂▂                                              │
            │          ██    ██            ██                                              │
            │     1★   ██    ██            ██                                              │
            └──────────────────────────────────────────────────────────────────────────────┘
            """)
    }

    @Test func paneAndDetailAt120x35() {
        let screen = Self.screen(Self.brandsState(Size(width: 120, height: 35), detail: true))
        let lines = screen.lines
        #expect(lines[1].hasPrefix("┌ 1 Brands · last 90 days (2) ──"))
        #expect(lines[3].hasPrefix("│ ● Crumb & Kettle        3▼ ★3.7▲ ███████░░░ +0.33▲ ▁█▁▁█▁▁▁▁▁▁█││   last 90 days"))
        #expect(lines[4].hasPrefix("│     complaints 33%▼ · − speed 1 · + quality 2 · follow-ups 50% ││"))
        #expect(Self.rows(screen, 24..<33).split(separator: "\n").map { String($0.suffix(54)) } == [
            "│ Aspects: praised + and complained about −          │",
            "│               Crumb & Kett… Maison Levain          │",
            "│   speed       +0 −1          ·                     │",
            "│   quality     +2 −0          ·                     │",
            "│                                                    │",
            "│ Most negative                                      │",
            "│  R3    ● -0.12 ★★★☆☆ Nov 20 Maya Ortiz   The almon │",
            "│                                                    │",
            "│ Most positive                                      │",
        ])
    }

    /// With no Unicode, the pane and the detail draw in plain ASCII (customer text aside).
    @Test(arguments: [false, true])
    func asciiOnly(detail: Bool) {
        let screen = Self.screen(Self.brandsState(Size(width: 80, height: 30), detail: detail), glyphs: .ascii)
        // The detail's title is the detail view's own (and keeps its dot).
        let drawn = screen.lines[2..<(detail ? 29 : 8)].joined()
        let foreign = String(String.UnicodeScalarView(drawn.unicodeScalars.filter { !$0.isASCII }))
        #expect(foreign.isEmpty, "not ASCII: \(foreign)")
        #expect(detail ? drawn.contains("##") && drawn.contains("v50%") : drawn.contains("=====") || drawn.contains("#--"))
    }

    /// Every built-in theme tells the three sentiments apart (by colour or attribute, and the
    /// mix bar by shape too) and shows the selection.
    @Test(arguments: ["default", "light", "high-contrast", "solarized", "monochrome"])
    func readableInEveryTheme(name: String) throws {
        let theme = try #require(Theme.builtin(named: name))
        let state = Self.brandsState(Size(width: 80, height: 24))
        let screen = Self.screen(state, theme: theme)
        #expect(screen[2, 3].style == theme[.selection])
        #expect(screen[2, 4].style != theme[.selection])
        #expect(Set(Glyphs.unicode.mixParts).count == 3 && Set(Glyphs.ascii.mixParts).count == 3)
        if name != "monochrome" {
            let roles: [ThemeRole] = [.sentimentPositive, .sentimentNeutral, .sentimentNegative]
            #expect(Set(roles.map { theme[$0] }).count == 3)
        }
    }

    @Test func thePeriodKeyCyclesAndReloads() {
        var state = Self.brandsState(Size(width: 120, height: 35))
        #expect(state.brandPeriod == .quarter)
        let effects = Reducer.reduce(&state, .key(.char("p")))
        #expect(state.brandPeriod == .year && effects == [.loadBrands])
        for _ in 0..<4 { _ = Reducer.reduce(&state, .command(.brandPeriod)) }
        #expect(state.brandPeriod == .quarter)
        #expect(state.keymap.keys(for: .brandPeriod, in: [.brands]).map(\.hint) == ["p"])
    }

    @Test func newFiguresRefreshTheOpenBrandDetail() {
        var state = Self.brandsState(Size(width: 120, height: 35), detail: true)
        var report = Fixtures.brandReport
        report.period = .year
        report.brands[0].current.volume = 99
        let effects = Reducer.reduce(&state, .brandsLoaded(report))
        guard case .brand(let profile)? = state.detail?.content else {
            Issue.record("no brand detail")
            return
        }
        #expect(profile.brand.current.volume == 99 && profile.report.period == .year && profile.notable == nil)
        #expect(effects.contains(.loadDetail(.brands, id: "B1")) && state.area == .detail)
    }

    /// Tab away and back shows the brand's detail as it was, without reading its items again,
    /// until the figures reload.
    @Test func goingBackToBrandsReusesTheLoadedDetail() {
        var state = Self.brandsState(Size(width: 120, height: 35), detail: true)
        _ = Reducer.reduce(&state, .command(.focusList))
        let shown = state.detail
        #expect(Reducer.reduce(&state, .command(.showReviews)).contains(.loadDetail(.reviews, id: "R4")))
        #expect(state.detail?.pane == .reviews)
        #expect(!Reducer.reduce(&state, .command(.showBrands)).contains(.loadDetail(.brands, id: "B1")))
        #expect(state.detail == shown)
        _ = Reducer.reduce(&state, .command(.showReviews))
        _ = Reducer.reduce(&state, .brandsLoaded(Fixtures.brandReport))
        #expect(Reducer.reduce(&state, .command(.showBrands)).contains(.loadDetail(.brands, id: "B1")))
    }

    @Test func theBrandFilterFollowsTheSelection() {
        var state = Self.brandsState(Size(width: 120, height: 35))
        _ = Reducer.reduce(&state, .command(.moveDown))
        #expect(state.brandFilter == nil)
        _ = Reducer.reduce(&state, .command(.filterBrand))
        #expect(state.brandFilter == "B2")
        let effects = Reducer.reduce(&state, .command(.moveUp))
        #expect(state.brandFilter == "B1" && state.brandFilterName == "Crumb & Kettle")
        #expect(effects.contains(.loadRows(.reviews, ListFilter(brandID: "B1"), offset: 0, limit: Reducer.minimumWindow)))
        _ = Reducer.reduce(&state, .command(.filterBrand))
        #expect(state.brandFilter == nil)
        _ = Reducer.reduce(&state, .command(.moveDown))
        #expect(state.brandFilter == nil)
    }
}
