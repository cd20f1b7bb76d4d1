import Foundation
import InMemoryTerminal
import Store
import Testing
import TerminalUI
@testable import Dashboard

/// The whole dashboard, driven by keys through the run loop, on a real store in a temporary file.
@Suite struct SessionTests {
    init() { Fixtures.prepare() }

    static let records = """
    {"type":"brand","id":"B1","name":"Crumb & Kettle","own":true}
    {"type":"brand","id":"B2","name":"Beanline Coffee","own":false}
    {"type":"customer","id":"P1","name":"Maya Ortiz"}
    {"id":"R1","brand":"B1","kind":"review","source":"google","external_id":"g-1","author":"Maya O.","customer":"P1","rating":2,"text":"Waited forty minutes for a cold flat white. Not good.","posted":"2026-11-20T09:00:00Z"}
    {"id":"R2","brand":"B1","kind":"review","source":"yelp","external_id":"y-1","author":"Sam K.","rating":5,"text":"The almond croissant is to die for 🥐","posted":"2026-11-21T09:00:00Z"}
    {"id":"R3","brand":"B2","kind":"mention","source":"social","external_id":"s-1","author":"@commuter","text":"beanline app down again","posted":"2026-11-19T09:00:00Z"}
    {"type":"complaint","id":"C1","brand":"B1","customer":"P1","items":["R1"],"category":"speed","summary":"Forty-minute wait","severity":"high","status":"open","opened":"2026-11-20T10:00:00Z","first_response_due":"2026-11-21T10:00:00Z","resolution_due":"2026-11-25T10:00:00Z","owner":"tom"}
    {"type":"followup","id":"F1","customer":"P1","item":"R1","complaint":"C1","owner":"maya","channel":"call","due":"2026-11-21","status":"todo","reason":"Call Maya and apologise"}
    """

    func withStore(_ body: (EarshotStore) throws -> Void) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("earshot-session-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("seed.jsonl")
        try Self.records.write(to: file, atomically: true, encoding: .utf8)
        let store = try EarshotStore.open(at: dir.appendingPathComponent("s.db").path, createIfMissing: true)
        let report = try store.importFiles([file.path])
        #expect(report.errors.isEmpty)
        try body(store)
    }

    func run(_ keys: [Key], size: Size = Size(width: 120, height: 35), store: EarshotStore) -> (InMemoryTerminal, DashboardRuntime) {
        let terminal = InMemoryTerminal(size: size, events: keys.map(TerminalEvent.key))
        let runtime = DashboardRuntime(state: AppState(size: size, storeLabel: "session", now: Fixtures.now), store: store,
                                       terminal: terminal, renderer: DashboardRenderer(context: RenderContext(theme: .standard)),
                                       clock: { Fixtures.now })
        runtime.run()
        return (terminal, runtime)
    }

    @Test func startsWithEveryPaneFilledFromTheStore() throws {
        try withStore { store in
            let (terminal, _) = run([], store: store)
            let screen = try #require(terminal.screen).text
            for title in ["1 Brands · last 90 days (2)", "2 Reviews (3)", "3 Complaints (1)", "4 Follow-ups (1)"] {
                #expect(screen.contains(title), "\(title) missing")
            }
            #expect(screen.contains("The almond croissant is to die for"))
            #expect(screen.contains("R2 · Reviews detail"))
        }
    }

    @Test func keysMoveOpenAndQuit() throws {
        try withStore { store in
            let (terminal, runtime) = run([.char("j"), .enter, .char("3"), .char("4"), .char("q")], store: store)
            #expect(!runtime.state.isRunning)
            #expect(runtime.state.focus == .followUps)
            let screen = try #require(terminal.screen).text
            #expect(screen.contains("F1 · Follow-ups detail"))
            #expect(screen.contains("Call Maya and apologise"))
        }
    }

    @Test func filteringByBrandNarrowsTheOtherPanes() throws {
        try withStore { store in
            let (terminal, runtime) = run([.char("1"), .char("j"), .char("f"), .char("2")], store: store)
            #expect(runtime.state.brandFilterName == "Beanline Coffee")
            let screen = try #require(terminal.screen).text
            #expect(screen.contains("only Beanline Coffee"))
            #expect(screen.contains("2 Reviews (1)"))
            #expect(screen.contains("beanline app down again"))
        }
    }

    @Test func aResizeRedrawsAtTheNewSize() throws {
        try withStore { store in
            let terminal = InMemoryTerminal(size: Size(width: 120, height: 35),
                                            events: [.resize(Size(width: 60, height: 20)), .resize(Size(width: 40, height: 10)), .resize(Size(width: 120, height: 35))])
            let runtime = DashboardRuntime(state: AppState(size: terminal.size, storeLabel: "s", now: Fixtures.now), store: store,
                                           terminal: terminal, renderer: DashboardRenderer(context: RenderContext(theme: .standard)))
            runtime.run()
            #expect(terminal.frames.map(\.size) == [Size(width: 120, height: 35), Size(width: 60, height: 20), Size(width: 40, height: 10), Size(width: 120, height: 35)])
            #expect(terminal.frames[2].text.contains("60x16; this one is 40x10"))
            #expect(terminal.frames[3].text.contains("4 Follow-ups (1)"))
        }
    }
}
