import Foundation
@testable import Store

/// Small stores and inputs shared by the tests.
enum Fixtures {
    /// Import options that defer the indexes (and keep the content-key numbers in a table) for
    /// any import big next to its store, or never.
    static func options(deferringIndexes: Bool) -> ImportOptions {
        var options = ImportOptions()
        options.indexDeferralMinimum = deferringIndexes ? 0 : Int.max
        return options
    }

    /// A store in a fresh folder; call `folder.remove()` when done.
    static func store(user: String = "tester") throws -> (store: EarshotStore, folder: TemporaryFolder) {
        let folder = try TemporaryFolder()
        let store = try EarshotStore.open(at: folder.file("earshot.db"), createIfMissing: true, user: user)
        return (store, folder)
    }

    static func input(_ name: String, _ text: String) -> ImportInput {
        ImportInput(name: name, bytes: Array(text.utf8))
    }

    /// Imports `text` as one file named `name`.
    @discardableResult
    static func importText(_ store: EarshotStore, _ name: String, _ text: String,
                           options: ImportOptions = ImportOptions()) throws -> ImportReport {
        try store.importFiles([input(name, text)], options: options)
    }

    static func date(_ text: String) -> Date {
        Date(timeIntervalSince1970: ISOTime.parse(text)?.seconds ?? 0)
    }

    /// Two brands, two customers, five items, three complaints and three follow-ups.
    static let smallStore = """
        {"type":"brand","id":"B1","name":"Crumb & Kettle","own":true,"aliases":["Crumb and Kettle"]}
        {"type":"brand","id":"B2","name":"Bean There"}
        {"type":"customer","id":"P1","name":"Maya Ortiz","handles":{"google":"Maya O."},"contact":"maya@example.com"}
        {"type":"customer","id":"P2","name":"Tom Reed"}
        {"type":"item","id":"R1","brand":"B1","source":"google","external_id":"g-1","author":"Maya O.","customer":"P1","rating":5,"title":"Lovely","text":"Lovely flat white and friendly staff.","posted":"2026-03-10T09:00:00Z","tags":["regular"],"notes":[{"author":"sam","at":"2026-03-11T08:00:00Z","text":"Thanked her"}]}
        {"type":"item","id":"R2","brand":"B1","source":"yelp","author":"Tom Reed","customer":"P2","rating":1,"text":"Waited 45 minutes for brunch. Never again.","posted":"2026-03-12T10:00:00Z","status":"open"}
        {"type":"item","id":"R3","brand":"Bean There","source":"google","author":"Ann","rating":4,"text":"Good beans.","posted":"2026-03-13T11:00:00Z"}
        {"type":"item","id":"R4","brand":"B1","source":"social","kind":"mention","author":"@joe","text":"Cheap pills here http://spam.example","posted":"2026-03-14T12:00:00Z","status":"spam"}
        {"type":"item","id":"R5","brand":"B2","source":"trustpilot","author":"Lee","rating":2,"text":"Cold coffee.","posted":"2026-03-09T08:00:00Z","status":"done"}
        {"type":"complaint","id":"C1","brand":"B1","customer":"P2","items":["R2"],"category":"speed","summary":"45-minute wait at brunch","severity":"high","status":"open","opened":"2026-03-12T12:00:00Z","first_response_due":"2026-03-13T12:00:00Z","resolution_due":"2026-03-19T12:00:00Z","owner":"sam"}
        {"type":"complaint","id":"C2","brand":"B2","items":["R5"],"category":"quality","summary":"Cold coffee","severity":"low","status":"resolved","opened":"2026-03-09T09:00:00Z","resolution_due":"2026-03-10T09:00:00Z","resolved_at":"2026-03-10T08:00:00Z","resolution":"Refunded"}
        {"type":"complaint","id":"C3","brand":"B1","category":"price","summary":"Prices went up","severity":"normal","status":"waiting","opened":"2026-03-14T09:00:00Z"}
        {"type":"followup","id":"F1","customer":"P2","item":"R2","complaint":"C1","owner":"ana","channel":"call","due":"2026-03-13","status":"todo","reason":"Apologise; offer brunch on us"}
        {"type":"followup","id":"F2","customer":"P1","item":"R1","channel":"note","due":"2026-03-20","status":"todo","reason":"Handwritten thanks"}
        {"type":"followup","id":"F3","customer":"P1","complaint":"C2","channel":"email","due":"2026-03-10","status":"done","reason":"Check in","outcome":"Happy again","done_at":"2026-03-10T10:00:00Z"}
        """

    /// The time the small store's tests look from: F1 is overdue, F2 is not yet due.
    static let smallStoreNow = date("2026-03-15T12:00:00Z")
}
