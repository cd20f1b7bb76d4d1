import Foundation
import GRDB
import Testing
@testable import Store

/// A customer's own record: exported whole, then forgotten without a trace in the store's files.
@Suite struct CustomerRecordTests {
    /// A customer whose every word is distinctive, with an item, a note, a reply, a complaint,
    /// a follow-up and history; beside the small store's others.
    static let zephyrine = """
        {"type":"customer","id":"P9","name":"Zephyrine Quillfeather","handles":{"google":"zquillfeather88","yelp":"Zeph Q."},"contact":"zephyrine.q@example.org","notes":"Prefers the xyloberry tart"}
        {"type":"item","id":"R9","brand":"B1","source":"google","external_id":"g-zq-1","url":"https://maps.example/zq","author":"Zephyrine Q.","customer":"P9","rating":1,"title":"Xylocarpous scones","text":"The xylocarpous scones were stale and the queue was endless.","posted":"2026-03-11T09:00:00Z","tags":["scones"],"notes":[{"author":"sam","at":"2026-03-11T10:00:00Z","text":"Zephyrine rang about the quinquireme cake"}]}
        {"type":"item","id":"R10","brand":"B1","source":"yelp","author":"Zeph Q.","customer":"P9","rating":2,"text":"Still no word about my zanzibarine order.","posted":"2026-03-12T09:00:00Z"}
        {"type":"complaint","id":"C9","brand":"B1","customer":"P9","items":["R9"],"category":"quality","summary":"Stale xylocarpous scones","severity":"high","status":"open","opened":"2026-03-11T12:00:00Z","owner":"sam"}
        {"type":"followup","id":"F9","customer":"P9","item":"R9","complaint":"C9","owner":"ana","channel":"call","due":"2026-03-13","status":"todo","reason":"Ring Zephyrine with a quillfeather apology"}
        """

    /// Her distinctive words, as written and as the full-text index keeps them (lower case).
    static let traces = ["zephyrine", "quillfeather", "zquillfeather88", "xyloberry", "xylocarpous", "quinquireme",
                         "zanzibarine", "maps.example/zq", "mellifluous"]

    static func store() throws -> (EarshotStore, TemporaryFolder) {
        let (store, folder) = try Fixtures.store(user: "sam")
        try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore + "\n" + zephyrine)
        try store.saveReply("Dear Zephyrine, we are sorry; the mellifluous apology cake is on us.", template: "apology",
                            to: "R9")
        try store.apply(ItemChange(note: "Quillfeather called back"), to: "R10")
        try store.apply(ComplaintChange(resolution: "Zephyrine refunded", note: "Xylocarpous batch binned"), to: "C9")
        return (store, folder)
    }

    @Test func theExportHoldsEveryRowOfEveryTableThatReferencesTheCustomer() throws {
        let (store, folder) = try Self.store()
        defer { folder.remove() }
        let record = try #require(try store.customerRecord(id: "P9", now: Fixtures.smallStoreNow))
        let exported = record.serialized()
        #expect(record.field("items").map { "\($0)" }?.contains("R9") == true)
        var checked: [String: Int] = [:]
        try store.pool.read { db in
            let scope = try #require(try CustomerScope.find(db, customer: 9))
            #expect(scope.items == [9, 10] && scope.complaints == [9] && scope.followUps == [9])
            let owners = ["customer": [Int64(9)], "item": scope.items, "complaint": scope.complaints, "followup": scope.followUps]
            for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") {
                for key in try Row.fetchAll(db, sql: "PRAGMA foreign_key_list(\(table))") {
                    let parent: String = key["table"]
                    guard let ids = owners[parent] else { continue }
                    let column: String = key["from"]
                    let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(table) WHERE \(column) IN (\(ids.map(String.init).joined(separator: ",")))")
                    for row in rows {
                        for (name, value) in row where !Self.internalColumns.contains(name) {
                            guard let text = String.fromDatabaseValue(value), value.storage.value is String else { continue }
                            #expect(exported.contains(StoreJSON.string(text).serialized()), "\(table).\(name) '\(text)' missing")
                            checked[table, default: 0] += 1
                        }
                    }
                }
            }
            let events = try Row.fetchAll(db, sql: "SELECT entity_kind, entity_id, field, after FROM event")
            for event in events where Self.inScope(event, scope) {
                let after: String? = event["after"]
                if let after { #expect(exported.contains(StoreJSON.string(after).serialized()), "history '\(after)' missing") }
                checked["event", default: 0] += 1
            }
        }
        // Every kind of row was there to be checked: the test cannot pass on an empty store.
        for table in ["customer_handle", "item", "note", "reply", "item_tag", "complaint", "followup", "event"] {
            #expect(checked[table, default: 0] > 0, "\(table) had nothing to check")
        }
        #expect(exported.contains("\"reply\":{\"text\":\"Dear Zephyrine"))
    }

    @Test func theMarkdownIsReadableAndComplete() throws {
        let (store, folder) = try Self.store()
        defer { folder.remove() }
        let record = try #require(try store.customerRecord(id: "P9", now: Fixtures.smallStoreNow))
        let markdown = CustomerRecordMarkdown.text(record)
        #expect(markdown.hasPrefix("# Everything held about Zephyrine Quillfeather (P9)\n"))
        for heading in ["## Customer (1)", "## Items (2)", "### R9", "### R10", "## Complaints (1)", "### C9",
                        "## Follow-ups (1)", "### F9"] {
            #expect(markdown.contains("\n\(heading)\n"), "\(heading)")
        }
        for words in ["zephyrine.q@example.org", "The xylocarpous scones were stale", "Zephyrine rang about the quinquireme cake",
                      "mellifluous apology cake", "Ring Zephyrine with a quillfeather apology", "Zephyrine refunded"] {
            #expect(markdown.contains(words), "\(words)")
        }
        #expect(CustomerRecordMarkdown.escaped("*bold* <b> #1") == "\\*bold\\* \\<b\\> \\#1")
    }

    @Test func aCustomerNobodyHasIsNil() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        #expect(try store.customerRecord(id: "P99", now: Date()) == nil)
        #expect(throws: StoreError.unknownID("R1")) { try store.customerRecord(id: "R1", now: Date()) }
    }

    @Test func forgettingLeavesNoTraceInTheFilesAndTheStatisticsAsTheyWere() throws {
        let (store, folder) = try Self.store()
        defer { folder.remove() }
        let path = folder.file("earshot.db")
        let now = Fixtures.smallStoreNow
        let statsBefore = try StatsPeriod.allCases.map { try store.brandStats(period: $0, now: now).json.serialized() }
        let summariesBefore = try store.brandSummaries(now: now)
        // The check can fail: before forgetting, every trace is in the files.
        let before = try Self.bytes(path)
        #expect(Self.traces.filter { !before.contains($0) }.isEmpty)

        let report = try store.forgetCustomer(id: "P9")
        #expect(report.items == 2 && report.complaints == 1 && report.followUps == 1)
        #expect(report.notes == 3 && report.replies == 1 && report.handles == 2 && report.walCleared)
        let after = try Self.bytes(path)
        let left = Self.traces.filter { after.contains($0) }
        #expect(left.isEmpty, "still in the store file or its WAL: \(left)")
        #expect(after.contains("maya ortiz"))

        #expect(try StatsPeriod.allCases.map { try store.brandStats(period: $0, now: now).json.serialized() } == statsBefore)
        #expect(try store.brandSummaries(now: now) == summariesBefore)
        #expect(try store.reviewCount(ListFilter()) == 7)
        let detail = try #require(try store.reviewDetail(id: "R9"))
        #expect(detail.row.rating == 1 && detail.row.text == EarshotStore.forgottenText && detail.row.author == "forgotten")
        #expect(detail.history.last?.field == "forgotten" && detail.notes.isEmpty)
        let customer = try #require(try store.entityRecord(id: "P9", now: now))
        #expect(customer.field("name") == .string("forgotten P9") && customer.field("contact") == .null)
        let history = customer.field("history").map { $0.serialized() } ?? ""
        #expect(history.contains("\"field\":\"forgotten\"") && history.contains("2 items, 1 complaint, 1 follow-up, 3 notes, 1 reply"))
        #expect(try store.reply(to: "R9") == nil)
        #expect(try store.reviewCount(ListFilter(query: try Query(parsing: "xylocarpous"))) == 0)
        #expect(try store.reviewCount(ListFilter(query: try Query(parsing: "flat white"))) == 1)
        #expect(try store.doctor().isHealthy)
    }

    /// The site's id and the content hash stay in the items' dedupe keys, and a digest of the
    /// customer's name and contact in theirs (no words of the customer's): the same export
    /// imported again by a cron job must bring back neither the reviews nor the customer, nor
    /// her complaint and follow-up under a new customer.
    @Test func reimportingTheSameFileBringsNothingBack() throws {
        let (store, folder) = try Self.store()
        defer { folder.remove() }
        try store.forgetCustomer(id: "P9")
        let again = try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore + "\n" + Self.zephyrine)
        #expect(again.imported.total == 0, "\(again.imported)")
        #expect(try store.reviewCount(ListFilter(query: try Query(parsing: "xylocarpous"))) == 0)
        let left = Self.traces.filter { (try? Self.bytes(folder.file("earshot.db")).contains($0)) ?? true }
        #expect(left.isEmpty, "back in the store file: \(left)")
        let name = try store.pool.read { db in try String.fetchOne(db, sql: "SELECT name FROM customer WHERE id = 9") }
        #expect(name == "forgotten P9")
    }

    /// Someone else of the same name, with another contact, is a new customer.
    @Test func aNamesakeWithAnotherContactIsANewCustomer() throws {
        let (store, folder) = try Self.store()
        defer { folder.remove() }
        try store.forgetCustomer(id: "P9")
        let namesake = #"{"type":"customer","id":"P1","name":"Zephyrine Quillfeather","contact":"zq@other.example"}"#
        let again = try Fixtures.importText(store, "namesake.jsonl", namesake)
        #expect(again.imported.customers == 1)
    }

    @Test func historyStaysAppendOnlyAfterForgetting() throws {
        let (store, folder) = try Self.store()
        defer { folder.remove() }
        try store.forgetCustomer(id: "P9")
        #expect(throws: (any Error).self) {
            try store.pool.write { db in try db.execute(sql: "DELETE FROM event WHERE id = 1") }
        }
    }

    /// Columns that hold no text of anyone's (keys, the tagger's numbers).
    static let internalColumns: Set<String> = ["dedupe_key", "name_key", "analysis", "alias_key", "label", "kind",
                                               "source", "status", "priority", "severity", "channel", "language",
                                               "template", "before_value", "after_value"]

    static func inScope(_ event: Row, _ scope: CustomerScope) -> Bool {
        let id: Int64 = event["entity_id"]
        switch event["entity_kind"] as String {
        case "P": return id == scope.customer
        case "R": return scope.items.contains(id)
        case "C": return scope.complaints.contains(id)
        case "F": return scope.followUps.contains(id)
        default: return false
        }
    }

    /// The store file and its WAL, lower-cased (ASCII), as one string of bytes.
    static func bytes(_ path: String) throws -> String {
        var all: [UInt8] = []
        for file in [path, path + "-wal"] where FileManager.default.fileExists(atPath: file) {
            all += try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
        }
        return String(decoding: all.map { (65...90).contains($0) ? $0 + 32 : $0 }, as: Unicode.ASCII.self)
    }
}
