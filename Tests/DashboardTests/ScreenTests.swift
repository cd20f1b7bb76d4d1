import InMemoryTerminal
import Testing
import TerminalUI
@testable import Dashboard

/// Whole screens rendered from fixed state, compared line by line with what a person would see.
@Suite struct ScreenTests {
    init() { Fixtures.prepare() }

    func render(_ size: Size, _ change: (inout AppState) -> Void = { _ in }) -> ScreenBuffer {
        var state = Fixtures.loadedState(size: size)
        change(&state)
        return DashboardRenderer(context: RenderContext(theme: .standard)).render(state)
    }

    @Test func reviewsAt80x24() {
        let screen = render(Size(width: 80, height: 24))
        let diff = LineDiff.describe(screen, """
         earshot · test · all brands   4 new · 1 overdue follow-ups · 1 open complaints
        ┌ 1 Brands · last 90 days (2) ─────────────────────────────────────────────────┐
        │ ● Crumb & Kettle                      3▼ ★3.7▲ ███████░░░ +0.33▲ ▁█▁▁█▁▁▁▁▁▁█│
        │   Maison Levain                       1  ★5.0  ██████████ +1.00  ▁▁▁▁▁▁▁▁▁▁▁█│
        └──────────────────────────────────────────────────────────────────────────────┘
        ┌ 2 Reviews (4) ───────────────────────────────────────────────────────────────┐
        │ ●  0.00 ★★★★★ Nov 21 田中愛子     クロワッサンが最高でした 🥐                │
        │ ● -0.12 ★★★☆☆ Nov 20 Maya Ortiz   The almond croissant is to die for, but the│
        │ ● +0.64 ★★★★★ Nov 13 Tom B.       Best café in Eastfield ☕                  │
        │ ●  0.00 ★★★★☆ Oct 13 Zoë          Croissants feuilletés, service impeccable. │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
        ┌ 3 Complaints (1) ────────────────────────────────────────────────────────────┐
        │ C1    high     open     speed       1d 6h over   45-minute wait at Saturday b│
        └──────────────────────────────────────────────────────────────────────────────┘
        ┌ 4 Follow-ups (1) ────────────────────────────────────────────────────────────┐
        │ F1    0.9 call  Nov 21 1d late   maya    Maya Ortiz: Apologise for the wait; │
        └──────────────────────────────────────────────────────────────────────────────┘
         Space mark / filter : cmd s status d done t tag e note c complain u undo ? help
        """)
        #expect(diff == nil, Comment(rawValue: diff ?? ""))
    }

    @Test func listsAndDetailSideBySideAt120x40() {
        let screen = render(Size(width: 120, height: 40))
        let diff = LineDiff.describe(screen, """
         earshot · test · all brands                                           4 new · 1 overdue follow-ups · 1 open complaints
        ┌ 1 Brands · last 90 days (2) ───────────────────────────────────┐┌ R4 · Reviews detail ───────────────────────────────┐
        │ ● Crumb & Kettle        3▼ ★3.7▲ ███████░░░ +0.33▲ ▁█▁▁█▁▁▁▁▁▁█││ google review  ★★★★★  2026-11-21 12:00             │
        │   Maison Levain         1  ★5.0  ██████████ +1.00  ▁▁▁▁▁▁▁▁▁▁▁█││ 田中愛子 about Crumb & Kettle                      │
        └────────────────────────────────────────────────────────────────┘│ status new · priority normal                       │
        ┌ 2 Reviews (4) ─────────────────────────────────────────────────┐│                                                    │
        │ ●  0.00 ★★★★★ Nov 21 田中愛子     クロワッサンが最高でした 🥐  ││ クロワッサンが最高でした 🥐                        │
        │ ● -0.12 ★★★☆☆ Nov 20 Maya Ortiz   The almond croissant is to di││                                                    │
        │ ● +0.64 ★★★★★ Nov 13 Tom B.       Best café in Eastfield ☕    ││ Sentiment                                          │
        │ ●  0.00 ★★★★☆ Oct 13 Zoë          Croissants feuilletés, servic││    0.00 neutral                                    │
        │                                                                ││                                                    │
        │                                                                ││                                                    │
        │                                                                ││                                                    │
        │                                                                ││                                                    │
        │                                                                ││                                                    │
        │                                                                ││                                                    │
        │                                                                ││                                                    │
        │                                                                ││                                                    │
        │                                                                ││                                                    │
        │                                                                ││                                                    │
        │                                                                ││                                                    │
        │                                                                ││                                                    │
        │                                                                ││                                                    │
        │                                                                ││                                                    │
        │                                                                ││                                                    │
        │                                                                ││                                                    │
        │                                                                ││                                                    │
        │                                                                ││                                                    │
        │                                                                ││                                                    │
        │                                                                ││                                                    │
        │                                                                ││                                                    │
        │                                                                ││                                                    │
        └────────────────────────────────────────────────────────────────┘│                                                    │
        ┌ 3 Complaints (1) ──────────────────────────────────────────────┐│                                                    │
        │ C1    high     open     speed       1d 6h over   45-minute wait││                                                    │
        └────────────────────────────────────────────────────────────────┘│                                                    │
        ┌ 4 Follow-ups (1) ──────────────────────────────────────────────┐│                                                    │
        │ F1    0.9 call  Nov 21 1d late   maya    Maya Ortiz: Apologise ││                                                    │
        └────────────────────────────────────────────────────────────────┘└────────────────────────────────────────────────────┘
         Space mark / filter : cmd s status d done t tag e note c complain u undo ? help q quit j/↓ down k/↑ up g/Home top
        """)
        #expect(diff == nil, Comment(rawValue: diff ?? ""))
    }

    @Test func tooSmallSaysSo() {
        let screen = render(Size(width: 40, height: 10))
        let diff = LineDiff.describe(screen, """



          earshot needs a terminal of at least
           60x16; this one is 40x10. Make it
              larger, or press q to quit.




        """)
        #expect(diff == nil, Comment(rawValue: diff ?? ""))
    }

    @Test func selectedRowIsDrawnInTheSelectionStyle() {
        let screen = render(Size(width: 80, height: 24))
        #expect(screen[2, 6].style == Theme.standard[.selection])
        #expect(screen[2, 7].style != Theme.standard[.selection])
    }

    @Test func hostileTextShowsPlaceholdersAndNoControlReachesTheScreen() {
        let hostile = Fixtures.review("R9", "Eve\u{202E}gnp.exe", "\u{1B}]0;owned\u{07}Great\u{1B}[2J\rFAKE\u{200B}!", rating: 1, score: -0.5, daysAgo: 0)
        let screen = render(Size(width: 120, height: 40)) { state in
            _ = Reducer.reduce(&state, .reviewsLoaded(RowWindow(rows: [hostile]), total: 1))
            _ = Reducer.reduce(&state, .detailLoaded(pane: .reviews, id: "R9", .review(Fixtures.detail(of: hostile))))
        }
        #expect(screen.lines[6].contains("Eve�gnp.exe"))
        // A carriage return ends the row's first line: it can never move the cursor back over it.
        #expect(screen.lines[6].contains("␛]0;owned␇Great␛[2J   "))
        #expect(screen.text.contains("│ FAKE�!"), "the detail view shows the rest on its own line")
        for cell in screen.cells {
            for scalar in cell.scalars {
                #expect(scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value) && scalar.properties.generalCategory != .format)
            }
        }
    }

    @Test func asciiGlyphsWhenTheLocaleIsNotUTF8() {
        let state = Fixtures.loadedState(size: Size(width: 80, height: 24))
        let screen = DashboardRenderer(context: RenderContext(theme: .monochrome, glyphs: .ascii)).render(state)
        #expect(screen.lines[1].hasPrefix("+ 1 Brands | last 90 days (2) ----"))
        #expect(screen.lines[7].contains("***.."))
    }

    @Test func narrowScreensShowTheDetailInPlaceOfTheLists() {
        let screen = render(Size(width: 60, height: 20)) { state in
            _ = Reducer.reduce(&state, .key(.enter))
        }
        #expect(screen.lines[1].hasPrefix("┌ R4 · Reviews detail"))
        #expect(!screen.text.contains("Complaints ("))
    }

    @Test func helpListsTheUsersOwnBindings() {
        let screen = render(Size(width: 80, height: 40)) { state in
            _ = state.keymap.apply(ConfigFile.parse("bind global x quit", source: "config").bindings)
            _ = Reducer.reduce(&state, .key(.char("?")))
        }
        #expect(screen.text.contains("Help: keys here"))
        #expect(screen.lines.contains { $0.contains("q x") && $0.contains("Quit") })
        #expect(screen.lines.contains { $0.contains("j <Down>") && $0.contains("Move down") })
    }

    @Test func helpWrapsWhatIsTooWideForIt() throws {
        let size = Size(width: 80, height: 24)
        var state = Fixtures.loadedState(size: size)
        _ = Reducer.reduce(&state, .key(.char("?")))
        let lines = HelpScreen.lines(for: HelpScreen.helpScopes(state), keymap: state.keymap, width: HelpScreen.textWidth(for: size))
        let filterRow = try #require(lines.firstIndex { $0.map(\.text).joined().contains("Filter this pane") })
        for _ in 0..<filterRow { _ = Reducer.reduce(&state, .key(.char("j"))) }
        let screen = DashboardRenderer(context: RenderContext(theme: .standard)).render(state)
        // The overlay's columns only: the panes show at its sides.
        let overlay = screen.lines[3...5].map { String($0.dropFirst(2).prefix(76)) }
        let diff = LineDiff.describe(actual: overlay, expected: """
        │   /                 Filter this pane with a query, live as you type      │
        │                     (filter QUERY sets it)  filter                       │
        │   o                 Next sort order for this pane (sort NAME picks one)  │
        """.components(separatedBy: "\n"))
        #expect(diff == nil, "\(diff ?? "")")
    }

    @Test func helpEndsOnAFullPage() {
        let size = Size(width: 80, height: 24)
        var state = Fixtures.loadedState(size: size)
        _ = Reducer.reduce(&state, .key(.char("?")))
        _ = Reducer.reduce(&state, .key(.char("G")))
        let screen = DashboardRenderer(context: RenderContext(theme: .standard)).render(state)
        #expect(screen.lines[20].contains(":prompt TEXT"), "the help's last line is on the overlay's last row")
        #expect(screen.lines[3].contains(":"), "the rows above it are filled")
        _ = Reducer.reduce(&state, .key(.pageUp))
        #expect(state.helpScroll == HelpScreen.lineCount(for: state) - 2 * HelpScreen.visibleRows(for: size) + 1)
    }

    @Test func helpWidenedAtItsEndStillEndsOnAFullPage() {
        var state = Fixtures.loadedState(size: Size(width: 60, height: 16))
        _ = Reducer.reduce(&state, .key(.char("?")))
        _ = Reducer.reduce(&state, .key(.char("G")))
        _ = Reducer.reduce(&state, .resized(Size(width: 80, height: 24)))
        let screen = DashboardRenderer(context: RenderContext(theme: .standard)).render(state)
        #expect(screen.lines[20].contains(":prompt TEXT"), "fewer lines wrap at 80 columns: \(screen.lines[20])")
        #expect(screen.lines[3].contains(":"))
    }

    @Test(arguments: [Size(width: 60, height: 16), Size(width: 61, height: 17), Size(width: 99, height: 30), Size(width: 100, height: 30), Size(width: 300, height: 100)])
    func noRowIsWiderThanTheScreen(size: Size) {
        for pane in Pane.allCases {
            let screen = render(size) { state in _ = Reducer.reduce(&state, .command(pane == .brands ? .showBrands : .nextPane)) }
            for line in screen.lines { #expect(DisplayWidth.of(line) <= size.width) }
            #expect(screen.lines.count == size.height)
        }
    }

    @Test(arguments: BuiltinThemes.files.map(\.name))
    func everyThemeDrawsTheSameTextWithItsOwnRoles(name: String) throws {
        let theme = try #require(Theme.builtin(named: name))
        let state = Fixtures.loadedState(size: Size(width: 80, height: 24))
        let screen = DashboardRenderer(context: RenderContext(theme: theme)).render(state)
        let reference = DashboardRenderer(context: RenderContext(theme: .standard)).render(state)
        #expect(screen.lines == reference.lines)
        #expect(screen[2, 6].style == theme[.selection])
        #expect(screen[0, 0].style == theme[.header])
        #expect(theme[.selection] != theme[.text], "the selection must stand out")
    }
}
