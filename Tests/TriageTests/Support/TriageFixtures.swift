import Foundation
import Store
import Triage

/// A small store in a fresh folder, and ways to open it as other people.
struct TriageFixture {
    let folder: String
    let path: String
    let store: EarshotStore
    let runner: TriageRunner

    init(user: String = "sam") throws {
        folder = NSTemporaryDirectory() + "earshot-triage-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        path = folder + "/earshot.db"
        store = try EarshotStore.open(at: path, createIfMissing: true, user: user)
        try store.importFiles([ImportInput(name: "small.jsonl", bytes: Array(Self.records.utf8))], options: ImportOptions())
        runner = TriageRunner(store: store)
    }

    /// The same store opened as `user` (another dashboard on the same file).
    func runner(as user: String) throws -> TriageRunner {
        TriageRunner(store: try EarshotStore.open(at: path, user: user))
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    static let now = date("2026-03-15T12:00:00Z")

    static func date(_ text: String) -> Date {
        ISO8601DateFormatter().date(from: text) ?? Date(timeIntervalSince1970: 0)
    }

    /// Two brands, two customers, five items, two complaints and two follow-ups.
    static let records = """
        {"type":"brand","id":"B1","name":"Crumb & Kettle","own":true}
        {"type":"brand","id":"B2","name":"Bean There"}
        {"type":"customer","id":"P1","name":"Maya Ortiz"}
        {"type":"customer","id":"P2","name":"Tom Reed"}
        {"type":"item","id":"R1","brand":"B1","source":"google","author":"Maya O.","customer":"P1","rating":5,"text":"Lovely flat white.","posted":"2026-03-10T09:00:00Z"}
        {"type":"item","id":"R2","brand":"B1","source":"yelp","author":"Tom Reed","customer":"P2","rating":1,"text":"Waited 45 minutes for brunch. Never again.","posted":"2026-03-12T10:00:00Z","status":"open"}
        {"type":"item","id":"R3","brand":"B1","source":"google","author":"Ann","rating":2,"text":"Cold coffee and a rude waiter.","posted":"2026-03-13T11:00:00Z"}
        {"type":"item","id":"R4","brand":"B1","source":"google","author":"Lee","rating":1,"text":"Dirty tables, slow service.","posted":"2026-03-14T11:00:00Z"}
        {"type":"item","id":"R5","brand":"B2","source":"trustpilot","author":"Lee","rating":2,"text":"Cold coffee.","posted":"2026-03-09T08:00:00Z"}
        {"type":"complaint","id":"C1","brand":"B1","customer":"P2","items":["R2"],"category":"speed","summary":"45-minute wait","severity":"high","status":"open","opened":"2026-03-12T12:00:00Z","first_response_due":"2026-03-13T12:00:00Z","resolution_due":"2026-03-19T12:00:00Z","owner":"sam"}
        {"type":"complaint","id":"C2","brand":"B1","category":"price","summary":"Prices went up","severity":"low","status":"waiting","opened":"2026-03-14T09:00:00Z"}
        {"type":"followup","id":"F1","customer":"P2","item":"R2","complaint":"C1","owner":"ana","channel":"call","due":"2026-03-13","status":"todo","reason":"Apologise"}
        {"type":"followup","id":"F2","customer":"P1","item":"R1","channel":"note","due":"2026-03-20","status":"todo","reason":"Handwritten thanks"}
        """
}
