import Foundation
import TerminalTestSupport
import Testing
@testable import Store

/// The store commands of the `earshot` binary: JSON shapes, one-line errors, exit codes.
@Suite struct CommandLineTests {
    /// The small store at a path, and a way to run earshot on it as user "tester".
    struct Setup {
        let folder: TemporaryFolder
        let path: String
        let earshot: String

        init(storeText: String = Fixtures.smallStore) throws {
            let (store, folder) = try Fixtures.store()
            try Fixtures.importText(store, "small.jsonl", storeText)
            self.folder = folder
            path = store.path
            earshot = try ChildProcess.product("earshot")
        }

        func run(_ arguments: String...) throws -> (status: Int32, output: String) {
            try ChildProcess.run(earshot, arguments, environment: ["EARSHOT_STORE": path, "EARSHOT_USER": "tester"])
        }

        func json(_ arguments: String...) throws -> [String: Any] {
            let result = try ChildProcess.run(earshot, arguments, environment: ["EARSHOT_STORE": path, "EARSHOT_USER": "tester"])
            #expect(result.status == 0, "\(result.output)")
            let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8))
            return try #require(object as? [String: Any])
        }
    }

    /// An error is one line on stderr (stdout is empty), starting "earshot: ".
    static func isOneLineError(_ output: String) -> Bool {
        let lines = output.split(separator: "\n")
        return lines.count == 1 && lines[0].hasPrefix("earshot: ")
    }

    @Test func listsPrintCountAndItemsWithIDsVersionsAndLinks() throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        let reviews = try setup.json("reviews", "--json", "brand:B2")
        #expect(reviews["count"] as? Int == 2)
        let items = try #require(reviews["items"] as? [[String: Any]])
        #expect(items.map { $0["id"] as? String } == ["R3", "R5"])
        #expect(items.allSatisfy { $0["version"] as? Int == 1 && $0["brand"] as? String == "B2" })
        let sentiment = try #require(items.first?["sentiment"] as? [String: Any])
        #expect(sentiment["label"] is String)
        #expect(sentiment["score"] is NSNumber)
        let limited = try setup.json("complaints", "--json", "--limit", "1")
        #expect(limited["count"] as? Int == 3 && (limited["items"] as? [Any])?.count == 1)
        let followUps = try setup.json("followups", "--json", "is:overdue")
        #expect(((followUps["items"] as? [[String: Any]])?.first?["urgency"] as? Double ?? 0) > 2)
        let brands = try setup.json("brands", "--json")
        #expect((brands["items"] as? [[String: Any]])?.map { $0["name"] as? String } == ["Crumb & Kettle", "Bean There"])
    }

    /// Customer text outside ASCII prints as written in a UTF-8 locale: the command sets its
    /// character type from the environment, which display widths need (it printed "caf�").
    @Test func listsPrintLettersAndEmojiOutsideASCII() throws {
        let text = #"{"type":"item","id":"R1","brand":"Café Ōtani","author":"田中愛子","text":"Best café in town 🎄🥐 naïve crème brûlée","posted":"2026-03-10T09:00:00Z"}"#
        let setup = try Setup(storeText: text)
        defer { setup.folder.remove() }
        let result = try ChildProcess.run(setup.earshot, ["reviews"], environment: [
            "EARSHOT_STORE": setup.path, "EARSHOT_USER": "tester", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
        ])
        #expect(result.status == 0, "\(result.output)")
        for written in ["Café Ōtani", "田中愛子", "Best café in town 🎄🥐 naïve crème brûlée"] {
            #expect(result.output.contains(written), "\(result.output)")
        }
        #expect(!result.output.unicodeScalars.contains("\u{FFFD}"), "\(result.output)")
    }

    @Test func showPrintsTheEntityWithItsHistory() throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        #expect(try setup.run("update", "R2", "--tag", "brunch", "--note", "Rang Tom").status == 0)
        let shown = try setup.json("show", "R2", "--json")
        #expect(shown["id"] as? String == "R2" && shown["version"] as? Int == 2 && shown["complaints"] as? [String] == ["C1"])
        let history = try #require(shown["history"] as? [[String: Any]])
        #expect(history.map { $0["field"] as? String } == ["created", "tag", "note"])
        #expect(history.last?["user"] as? String == "tester")
        let text = try setup.run("show", "P1")
        #expect(text.status == 0 && text.output.contains("name: Maya Ortiz") && text.output.contains("items: R1"))
    }

    @Test func aConflictExitsThreeAndNamesWhoChangedWhat() throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        #expect(try setup.run("update", "R3", "--status", "open").status == 0)
        let conflict = try setup.run("update", "R3", "--status", "done", "--if-version", "1")
        #expect(conflict.status == 3)
        #expect(Self.isOneLineError(conflict.output) && conflict.output.contains("tester set status from 'new' to 'open'"))
        let forced = try setup.run("update", "R3", "--status", "done", "--if-version", "2", "--json")
        #expect(forced.status == 0 && forced.output.contains(#""version":3"#))
    }

    @Test(arguments: [
        (["reviews", "rating:<=x"], Int32(1), "column 1, 'rating:<=x'"),
        (["complaints", "channel:call"], 1, "does not apply to complaints"),
        (["show", "R404"], 1, "no entity with id 'R404'"),
        (["show", "hello"], 1, "not an id"),
        (["update", "R1"], 1, "nothing to change"),
        (["update", "R1", "--status", "waiting"], 1, "--snooze"),
        (["update", "C1", "--tag", "x"], 1, "does not apply to complaints"),
        (["complain", "R2"], 1, "already has complaint C1"),
        (["followup", "R1", "--due", "someday", "--channel", "call"], 1, "is not a date"),
        (["done", "B1"], 1, "not a follow-up, complaint or item id"),
        (["update", "R1", "--priority", "bogus"], 2, "bogus"),
        (["followup", "R1", "--due", "tomorrow"], 2, "--channel"),
    ])
    func mistakesGetOneLineAndTheirExitCode(arguments: [String], status: Int32, message: String) throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        let result = try ChildProcess.run(setup.earshot, arguments, environment: ["EARSHOT_STORE": setup.path])
        #expect(result.status == status, "\(result.output)")
        #expect(result.output.contains(message), "\(result.output)")
        if status == 1 { #expect(Self.isOneLineError(result.output), "\(result.output)") }
    }

    @Test func complainFollowUpAndDoneWorkTogether() throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        let opened = try setup.json("complain", "R3", "--severity", "critical", "--note", "Ann is upset", "--json")
        #expect(opened["id"] as? String == "C4")
        let planned = try setup.json("followup", "C4", "--due", "tomorrow", "--channel", "call", "--note", "Ring Ann", "--json")
        #expect(planned["id"] as? String == "F4")
        #expect(try setup.run("done", "F4", "--note", "She is happy").status == 0)
        #expect(try setup.run("done", "C4", "--note", "Refunded").status == 0)
        let complaint = try setup.json("show", "C4", "--json")
        #expect(complaint["status"] as? String == "resolved" && complaint["resolution"] as? String == "Refunded")
        #expect(complaint["first_response_at"] is String)
    }

    @Test func doctorExitsZeroWhenHealthyAndFourWithOneLineWhenDamaged() throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        #expect(try setup.run("doctor").status == 0)
        let store = try EarshotStore.open(at: setup.path)
        try store.pool.write { db in
            try db.execute(sql: "INSERT INTO item_fts(item_fts, rowid, title, text, author) SELECT 'delete', id, title, text, author FROM item WHERE id = 1")
        }
        let damaged = try setup.run("doctor")
        #expect(damaged.status == 4)
        let errorLines = damaged.output.split(separator: "\n").filter { $0.hasPrefix("earshot: ") }
        #expect(errorLines.count == 1 && errorLines[0].contains("search index"), "\(damaged.output)")
        let garbage = try setup.folder.write("garbage.db", String(repeating: "not sqlite ", count: 1000))
        let notADatabase = try ChildProcess.run(setup.earshot, ["--store", garbage, "doctor"])
        #expect(notADatabase.status == 4 && Self.isOneLineError(notADatabase.output), "\(notADatabase.output)")
    }

    @Test func exportToAFileImportsIntoAnEmptyStore() throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        let out = setup.folder.file("export.jsonl")
        #expect(try setup.run("export", "--out", out).status == 0)
        #expect(StoreFile.permissions(at: out) == 0o600)
        let copy = setup.folder.file("copy.db")
        let imported = try ChildProcess.run(setup.earshot, ["--store", copy, "import", out])
        #expect(imported.status == 0, "\(imported.output)")
        let again = try ChildProcess.run(setup.earshot, ["--store", copy, "export"])
        #expect(try String(contentsOfFile: out, encoding: .utf8) == again.output.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("exported ") }.joined(separator: "\n"))
        let csv = try setup.run("export", "--format", "csv", "rating:<=2")
        #expect(csv.output.hasPrefix("id,brand,kind,") && csv.output.contains("R2,Crumb & Kettle"))
    }

    @Test func initSharedMakesGroupWritableFilesInASetgidFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("team/earshot.db")
        let result = try ChildProcess.run(try ChildProcess.product("earshot"), ["init", "--shared", "--store", path])
        #expect(result.status == 0 && result.output.contains("group-shared store (mode 0660"), "\(result.output)")
        for file in StoreFile.companions(of: path) {
            #expect(StoreFile.permissions(at: file) == 0o660, "\(file) after init --shared")
        }
        #expect(StoreFile.permissions(at: folder.file("team")) == 0o2770)
    }

    /// As another user who may only read the files (root runs the tests; setpriv drops to nobody).
    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func aUserWhoMayOnlyReadIsToldSoAndCannotWrite() throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        chmod(setup.folder.path, 0o755)
        for file in StoreFile.companions(of: setup.path) { chmod(file, 0o644) }
        func asNobody(_ arguments: String...) throws -> (status: Int32, output: String) {
            try ChildProcess.run("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", setup.earshot,
                                                      "--store", setup.path] + arguments)
        }
        let read = try asNobody("reviews", "--json")
        #expect(read.status == 0 && read.output.contains("read-only for you") && read.output.contains(#""count":5"#),
                "\(read.output)")
        let write = try asNobody("update", "R1", "--note", "hello")
        #expect(write.status == 1 && write.output.contains("nothing was changed"), "\(write.output)")
        #expect(try EarshotStore.open(at: setup.path).reviewDetail(id: "R1")?.notes.count == 1)
    }
}
