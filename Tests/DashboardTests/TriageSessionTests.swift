import Foundation
import Store
import Testing
import TerminalUI
@testable import Dashboard

/// Triage in the dashboard, driven by command names and keys on the in-memory terminal with a
/// real store: marks, actions through the runner, undo, the command line, the filter, sorting
/// and saved views.
@Suite struct TriageSessionTests {
    init() { Fixtures.prepare() }

    @Test func spaceMarksAndMovesDownAndTheMarksShowInTheGutter() throws {
        let session = try TriageSession()
        session.keys(.char(" "), .char(" "))
        #expect(session.state.triage.marks[.reviews]?.keys.sorted() == ["R1", "R2"])
        #expect(session.state.position(.reviews).selected == 2)
        let rows = session.screen.split(separator: "\n").filter { $0.contains("✓") }
        #expect(rows.count == 2)
        #expect(session.screen.contains("2 Reviews (5) · 2 marked"))
        session.command(.clearMarks)
        #expect(session.state.triage.marks[.reviews] == nil)
    }

    @Test func aLineAppliesToTheMarkedRowsAndUndoTakesItBack() throws {
        let session = try TriageSession()
        session.command(.mark)
        session.command(.mark)
        session.command(.mark)
        session.line("tag refund")
        #expect(session.statusLine.contains("Tagged 3"), "\(session.statusLine)")
        for id in ["R1", "R2", "R3"] { #expect(try session.detail(id)?.tags == ["refund"]) }
        #expect(try session.detail("R4")?.tags == [])
        #expect(session.state.triage.marks[.reviews] == nil, "marks go once the action is done")
        session.keys(.char("u"))
        for id in ["R1", "R2", "R3"] { #expect(try session.detail(id)?.tags == []) }
        #expect(try session.detail("R1")?.history.contains { $0.field == "tag" && $0.before == "refund" } == true,
                "the undo is itself in the history")
    }

    @Test func withoutMarksTheFocusedRowIsTheTarget() throws {
        let session = try TriageSession()
        session.keys(.char("j"), .char("d"))
        #expect(try session.detail("R1")?.row.status == "done")
        #expect(try session.detail("R2")?.row.status == "new")
    }

    @Test func theCommandLineCompletesTheStoresPeopleAndTags() throws {
        let session = try TriageSession()
        session.line("tag refund")
        session.keys(.char(":"))
        session.type("untag re")
        session.keys(.tab)
        #expect(session.state.triage.prompt?.editor.text == "untag refund ")
        session.keys(.ctrl("u"))
        session.type("assign a")
        session.keys(.tab)
        #expect(session.state.triage.prompt?.editor.text == "assign ana ", "ana made the tag change")
        session.keys(.ctrl("u"))
        session.type("followup call fri @a")
        session.keys(.tab)
        #expect(session.state.triage.prompt?.editor.text == "followup call fri @ana ")
    }

    @Test func theCommandLineCompletesNamesAndValuesAndRemembersLines() throws {
        let session = try TriageSession()
        session.keys(.char(":"))
        session.type("sta")
        session.keys(.tab)
        #expect(session.state.triage.prompt?.editor.text == "status ")
        session.type("sp")
        session.keys(.tab)
        #expect(session.state.triage.prompt?.editor.text == "status spam ")
        #expect(session.statusLine.hasPrefix(":status spam"))
        session.keys(.enter)
        #expect(session.state.triage.prompt == nil)
        #expect(try session.detail("R2")?.row.status == "spam")
        session.keys(.char(":"), .up)
        #expect(session.state.triage.prompt?.editor.text == "status spam")
        session.keys(.ctrl("u"))
        #expect(session.state.triage.prompt?.editor.text == "")
        session.type("nosuch thing")
        session.keys(.enter)
        #expect(session.state.message?.kind == .error)
        #expect(session.state.triage.prompt?.editor.text == "nosuch thing", "a line that does not run comes back to be fixed")
        #expect(session.statusLine.contains("'nosuch' is not a command"), "with the reason beside it: \(session.statusLine)")
        session.keys(.backspace)
        #expect(!session.statusLine.contains("is not a command"), "until it is edited")
        session.keys(.escape)
        #expect(session.state.triage.prompt == nil)
    }

    @Test func theFilterRunsAsYouTypeKeepsTheLastGoodQueryAndEscPutsItBack() throws {
        let session = try TriageSession()
        session.keys(.char("/"))
        session.type("rating:<=2")
        #expect(session.screen.contains("2 Reviews (3) /rating:<=2"))
        session.type("x")
        #expect(session.screen.contains("2 Reviews (3) /rating:<=2 ─"), "a malformed query keeps the last good result")
        #expect(session.statusLine.contains("column 1, 'rating:<=2x'"), "\(session.statusLine)")
        session.keys(.escape)
        #expect(session.screen.contains("2 Reviews (5)"))
        session.keys(.char("/"))
        session.type("rating:1")
        session.keys(.enter)
        #expect(session.state.triage.prompt == nil)
        #expect(session.screen.contains("2 Reviews (2) /rating:1"))
        session.command(.markAll)
        #expect(session.state.triage.marks[.reviews]?.keys.sorted() == ["R1", "R5"])
        session.keys(.escape)
        #expect(session.screen.contains("2 Reviews (5)"), "Esc in the list clears the filter")
    }

    @Test func theWordBeingTypedMatchesTheWordsItBegins() throws {
        let session = try TriageSession()
        session.keys(.char("/"))
        session.type("cr")
        #expect(session.screen.contains("2 Reviews (0) /cr"), "two letters are a whole word")
        session.type("oiss")
        #expect(session.screen.contains("2 Reviews (1) /croiss"), "\(session.screen)")
        session.type(" ")
        #expect(session.screen.contains("2 Reviews (0) /croiss"), "after a space the word is whole")
        session.keys(.backspace)
        session.keys(.enter)
        #expect(session.screen.contains("2 Reviews (1) /croiss"), "Enter keeps what was shown")
    }

    @Test func aFilterThatMatchesNothingSaysSoAndHowToClearIt() throws {
        let session = try TriageSession()
        session.keys(.char("/"))
        session.type("zebra")
        session.keys(.enter)
        #expect(session.screen.contains("2 Reviews (0) /zebra"))
        #expect(session.screen.contains("Nothing matches /zebra · Esc clears the filter"), "\(session.screen)")
        session.keys(.escape)
        #expect(!session.screen.contains("Nothing matches"))
    }

    @Test func sortCyclesThroughThePanesOrders() throws {
        let session = try TriageSession()
        #expect(session.state.selectedID(in: .reviews) == "R2")
        session.keys(.char("o"))
        #expect(session.state.triage.orders[.reviews] == .oldest)
        #expect(session.state.selectedID(in: .reviews) == "R5")
        session.line("sort worst-rated")
        #expect(session.screen.contains("2 Reviews (5) · worst-rated"))
        #expect(session.state.reviews.rows.compactMap(\.rating) == [1, 1, 2, 4, 5])
        session.line("sort nonsense")
        #expect(session.state.message?.kind == .error)
    }

    @Test func savedViewsFromTheConfigRunOnTheirPane() throws {
        let config = ConfigFile.parse("view unhappy rating:<=2\nview late is:overdue\n", source: "config")
        #expect(config.errors.isEmpty)
        let session = try TriageSession(configure: { $0.triage.views = config.views })
        session.command(.showBrands)
        session.line("view unhappy")
        #expect(session.state.focus == .reviews, "the Brands pane has no filter, so the view opens on the first pane it fits")
        #expect(session.screen.contains("2 Reviews (3) /rating:<=2"))
        session.line("view nope")
        #expect(session.statusLine.contains("no view 'nope'"))
        session.keys(.char("v"))
        #expect(session.statusLine.contains("unhappy late"), "the picker lists the views: \(session.statusLine)")
        session.keys(.tab, .tab)
        #expect(session.state.triage.prompt?.editor.text == "view late")
        session.keys(.enter)
        #expect(session.state.focus != .reviews, "is:overdue does not apply to reviews")
        #expect(session.state.triage.queries[session.state.focus]?.text == "is:overdue")
    }

    @Test func bulkChangesOverTheThresholdAskFirst() throws {
        let session = try TriageSession(configure: { $0.triage.bulkThreshold = 2 })
        session.command(.markAll)
        session.line("priority high")
        #expect(session.screen.contains("Apply 'priority high' to 5 items?"))
        session.keys(.char("n"))
        #expect(try session.detail("R1")?.priority == "normal")
        session.line("priority high")
        session.keys(.char("y"))
        #expect(try session.detail("R1")?.priority == "high")
        #expect(try session.detail("R5")?.priority == "high")
    }

    @Test func complaintAndFollowUpFromAnItemThenDoneAndUndo() throws {
        let session = try TriageSession()
        session.keys(.char("j"), .char("c"))
        #expect(session.statusLine.contains("R1"), "\(session.statusLine)")
        session.keys(.char("f"))
        session.type("call tomorrow")
        session.keys(.enter)
        let followUps = try session.store.followUpRows(ListFilter(), offset: 0, limit: 10, now: Date())
        let planned = try #require(followUps.first)
        #expect(planned.status == "todo")
        session.command(.showFollowUps)
        session.keys(.char("d"))
        #expect(try session.store.followUpDetail(id: planned.id)?.row.status == "done")
        session.keys(.char("u"))
        #expect(try session.store.followUpDetail(id: planned.id)?.row.status == "todo")
    }

    @Test func helpAndHintsComeFromTheKeymapWithItsLines() throws {
        var keymap = Keymap.defaults
        let file = ConfigFile.parse("bind reviews x status spam\n", source: "config")
        #expect(file.errors.isEmpty)
        keymap.apply(file.bindings)
        let help = HelpScreen.lines(for: [.reviews], keymap: keymap).map { $0.map(\.text).joined() }
        #expect(help.contains { $0.contains("x") && $0.contains("status spam") })
        #expect(help.contains { $0.contains(":followup") })
        let hints = StatusLine.hints(for: [.reviews], keymap: keymap).map(\.1)
        #expect(hints.prefix(3) == ["mark", "filter", "cmd"])
        #expect(StatusLine.hint(for: .line("status spam")) == "spam")
        #expect(StatusLine.hint(for: .line("prompt tag")) == "tag")
    }

    @Test func aResizeKeepsThePromptsText() throws {
        let session = try TriageSession()
        session.keys(.char(":"))
        session.type("tag loyal")
        session.runtime.handle(.resize(Size(width: 70, height: 20)))
        #expect(session.statusLine.hasPrefix(":tag loyal"))
        session.runtime.handle(.resize(Size(width: 40, height: 10)))
        session.runtime.handle(.resize(Size(width: 120, height: 35)))
        #expect(session.state.triage.prompt?.editor.text == "tag loyal")
        #expect(session.statusLine.hasPrefix(":tag loyal"))
    }
}

extension TriageSessionTests {
    @Test func overTheHelpOnlyMovingAndClosingWork() throws {
        let session = try TriageSession()
        session.keys(.char("?"), .char(" "), .char("d"), .char("j"))
        #expect(session.state.showingHelp)
        #expect(session.state.triage.marks[.reviews] == nil)
        #expect(try session.detail("R2")?.row.status == "new")
        #expect(session.state.helpScroll == 1)
        session.keys(.char("q"), .char(" "))
        #expect(session.state.triage.marks[.reviews]?.count == 1)
    }
}
