import Foundation
import InMemoryTerminal
import Store
import Testing
import TerminalUI
@testable import Dashboard

/// While a filter is typed, the frame with the list's first rows comes before its count.
@Suite struct FilterCountTests {
    init() { Fixtures.prepare() }

    /// 250 reviews with "coffee", 220 of them also with "latte", and one "quiche".
    static func records() -> String {
        var lines = [#"{"type":"brand","id":"B1","name":"Crumb & Kettle","own":true}"#]
        for number in 1...251 {
            let text = number == 251 ? "A quiche" : number <= 220 ? "Coffee and latte \(number)" : "Coffee \(number)"
            let posted = String(format: "2026-11-%02dT%02d:%02d:00Z", 1 + number / 60, number % 24, number % 60)
            lines.append(#"{"type":"item","brand":"B1","source":"google","author":"A\#(number)","text":"\#(text)","posted":"\#(posted)"}"#)
        }
        return lines.joined(separator: "\n")
    }

    func withRuntime(_ body: (DashboardRuntime, InMemoryTerminal) throws -> Void) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("earshot-count-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("seed.jsonl")
        try Self.records().write(to: file, atomically: true, encoding: .utf8)
        let store = try EarshotStore.open(at: dir.appendingPathComponent("s.db").path, createIfMissing: true)
        #expect(try store.importFiles([file.path]).errors.isEmpty)
        let size = Size(width: 120, height: 35)
        let terminal = InMemoryTerminal(size: size)
        let runtime = DashboardRuntime(state: AppState(size: size, storeLabel: "count", now: Fixtures.now), store: store,
                                       terminal: terminal, renderer: DashboardRenderer(context: RenderContext(theme: .standard)),
                                       clock: { Fixtures.now })
        runtime.start()
        try body(runtime, terminal)
    }

    /// Focuses the review list, opens `/` and types `text`.
    func typeFilter(_ text: String, _ runtime: DashboardRuntime) {
        runtime.handle(.key(.char("2")))
        runtime.handle(.key(.char("/")))
        type(text, runtime)
    }

    func type(_ text: String, _ runtime: DashboardRuntime) {
        for scalar in text.unicodeScalars { runtime.handle(.key(.char(scalar))) }
    }

    var reviews: (DashboardRuntime) -> ListPosition { { $0.state.position(.reviews) } }

    @Test func theRowsComeFirstAndTheCountAfterTheFrame() throws {
        try withRuntime { runtime, terminal in
            typeFilter("coffee", runtime)
            #expect(reviews(runtime).isCounting)
            #expect(reviews(runtime).total == runtime.state.reviews.rows.count)
            #expect(runtime.hasPendingCount)
            runtime.presentIfChanged()
            let rowsFirst = try #require(terminal.screen).text
            #expect(rowsFirst.contains("2 Reviews (\(reviews(runtime).total)+) /coffee"))
            runtime.finishPendingCount()
            runtime.presentIfChanged()
            #expect(!reviews(runtime).isCounting)
            #expect(reviews(runtime).total == 250)
            let counted = try #require(terminal.screen).text
            #expect(counted.contains("2 Reviews (250) /coffee"))
        }
    }

    @Test func aNewerFilterSupersedesTheCountOfTheOlderOne() throws {
        try withRuntime { runtime, _ in
            typeFilter("coffee", runtime)
            let coffee = runtime.state.listFilter(for: .reviews)
            type(" latte", runtime)
            runtime.dispatch(.countLoaded(.reviews, coffee, total: 250))
            #expect(reviews(runtime).isCounting)
            runtime.finishPendingCount()
            #expect(reviews(runtime).total == 220)
            #expect(!runtime.hasPendingCount)
        }
    }

    @Test func aWindowHoldingTheWholeListIsCountedAtOnce() throws {
        try withRuntime { runtime, _ in
            typeFilter("coffee", runtime)
            for _ in 1...6 { runtime.handle(.key(.backspace)) }
            type("quiche", runtime)
            #expect(!reviews(runtime).isCounting)
            #expect(reviews(runtime).total == 1)
            #expect(!runtime.hasPendingCount)
        }
    }

    @Test func closingThePromptCountsAtOnce() throws {
        try withRuntime { runtime, _ in
            typeFilter("coffee", runtime)
            runtime.handle(.key(.escape))
            #expect(!reviews(runtime).isCounting)
            #expect(reviews(runtime).total == 251)
        }
    }
}

extension FilterCountTests {
    @Test func aKeyTypedWhileCountingStopsTheCountWhichIsTriedAgainAfter() throws {
        try withRuntime { runtime, terminal in
            // -zebra: counted item by item, not from the search index.
            typeFilter("coffee -zebra", runtime)
            terminal.pendingEvents.append(.key(.char("x")))
            runtime.finishPendingCount()
            #expect(reviews(runtime).isCounting)
            #expect(runtime.hasPendingCount)
            // The second try runs to the end whatever the input, so a terminal that always
            // looks readable cannot keep the count from ever finishing.
            runtime.finishPendingCount()
            #expect(!reviews(runtime).isCounting)
            #expect(reviews(runtime).total == 250)
        }
    }
}
