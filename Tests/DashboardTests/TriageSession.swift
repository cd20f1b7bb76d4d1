import Foundation
import InMemoryTerminal
import Store
import TerminalUI
@testable import Dashboard

/// A dashboard on a real store in a temporary folder, driven one event at a time by command
/// names, lines and keys, with the screen read back as text.
final class TriageSession {
    static let records = """
    {"type":"brand","id":"B1","name":"Crumb & Kettle","own":true}
    {"type":"customer","id":"P1","name":"Maya Ortiz"}
    {"id":"R1","brand":"B1","kind":"review","source":"google","external_id":"g-1","author":"Maya O.","customer":"P1","rating":1,"text":"Waited forty minutes for a cold flat white. Awful.","posted":"2026-11-20T09:00:00Z"}
    {"id":"R2","brand":"B1","kind":"review","source":"yelp","external_id":"y-1","author":"Sam K.","rating":5,"text":"The almond croissant is to die for 🥐","posted":"2026-11-21T09:00:00Z"}
    {"id":"R3","brand":"B1","kind":"review","source":"google","external_id":"g-2","author":"Priya","rating":2,"text":"Rude staff and a dirty table. Terrible.","posted":"2026-11-19T09:00:00Z"}
    {"id":"R4","brand":"B1","kind":"review","source":"google","external_id":"g-3","author":"Tom B.","rating":4,"text":"Lovely scones, friendly people.","posted":"2026-11-18T09:00:00Z"}
    {"id":"R5","brand":"B1","kind":"review","source":"yelp","external_id":"y-2","author":"Ola","rating":1,"text":"Cold food, horrible service, never again.","posted":"2026-11-17T09:00:00Z"}
    """

    let folder: URL
    let storePath: String
    let store: EarshotStore
    let terminal: InMemoryTerminal
    let runtime: DashboardRuntime

    /// Whether this session made the folder (and removes it at the end).
    let ownsFolder: Bool

    /// A dashboard on a new store of ``records``; or, with `reopening`, a second one on that
    /// session's store, as after a restart.
    init(size: Size = Size(width: 120, height: 35), user: String = "ana", configure: (inout AppState) -> Void = { _ in },
         drafts: String? = nil, environment: [String: String] = [:], reopening previous: TriageSession? = nil) throws {
        if let previous {
            folder = previous.folder
            storePath = previous.storePath
            ownsFolder = false
            store = try EarshotStore.open(at: storePath, user: user)
        } else {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("earshot-triage-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let seed = folder.appendingPathComponent("seed.jsonl")
            try Self.records.write(to: seed, atomically: true, encoding: .utf8)
            storePath = folder.appendingPathComponent("s.db").path
            ownsFolder = true
            store = try EarshotStore.open(at: storePath, createIfMissing: true, user: user)
            _ = try store.importFiles([seed.path])
        }
        terminal = InMemoryTerminal(size: size)
        var state = AppState(size: size, storeLabel: "session", now: Date(), keymap: .defaults)
        configure(&state)
        runtime = DashboardRuntime(state: state, store: store, terminal: terminal,
                                   renderer: DashboardRenderer(context: RenderContext(theme: .standard)))
        runtime.environment = environment
        runtime.drafts = DraftFolder(path: drafts ?? folder.appendingPathComponent("drafts").path, store: storePath)
        runtime.start()
        runtime.presentIfChanged()
    }

    deinit {
        if ownsFolder { try? FileManager.default.removeItem(at: folder) }
    }

    var state: AppState { runtime.state }

    /// The screen as text, after drawing what changed.
    var screen: String {
        runtime.presentIfChanged()
        return terminal.screen?.text ?? ""
    }

    /// The status line.
    var statusLine: String {
        runtime.presentIfChanged()
        return terminal.screen?.lines.last ?? ""
    }

    func command(_ command: Command) { runtime.dispatch(.command(command)) }
    func line(_ line: String) { runtime.dispatch(.commandLine(line)) }
    func keys(_ keys: Key...) { for key in keys { runtime.handle(.key(key)) } }
    func type(_ text: String) { for scalar in text.unicodeScalars { runtime.handle(.key(.char(scalar))) } }
    func tick() { runtime.handle(.tick) }

    /// Everything the store holds about an item.
    func detail(_ id: String) throws -> ReviewDetail? { try store.reviewDetail(id: id) }
}
