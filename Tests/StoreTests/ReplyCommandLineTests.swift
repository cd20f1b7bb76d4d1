import Foundation
import Testing
@testable import Store

/// `earshot reply` and `earshot customer` run as a child process on the small store.
@Suite struct ReplyCommandLineTests {
    typealias Setup = CommandLineTests.Setup

    @Test func aOneStarReviewGetsTheApologyDraftAndIsMarkedSentOnlyWhenClean() throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        let drafted = try setup.json("reply", "R2", "--json")
        let reply = try #require(drafted["reply"] as? [String: Any])
        #expect(reply["template"] as? String == "apology" && reply["status"] as? String == "draft")
        #expect((reply["text"] as? String)?.contains("Tom") == true)

        let refused = try setup.run("reply", "R2", "--text", "Sorry, Tom. Call me on 07700 900123.", "--sent")
        #expect(refused.status != 0)
        #expect(refused.output.contains("--sent --force"), "\(refused.output)")
        #expect(try setup.json("reply", "R2", "--json")["reply"].flatMap { ($0 as? [String: Any])?["status"] as? String } == "draft")

        let sent = try setup.json("reply", "R2", "--text", "Sorry, Tom. We have fixed the brunch rota.", "--sent", "--json")
        let marked = try #require(sent["reply"] as? [String: Any])
        #expect(marked["status"] as? String == "sent" && marked["sent_by"] as? String == "tester")
        #expect(try setup.json("show", "C1", "--json")["first_response_at"] is String, "the first-response clock stops")
    }

    @Test func aCustomerIsExportedThenForgottenOnlyWhenToldTo() throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        let record = try setup.run("customer", "export", "P1", "--format", "md")
        #expect(record.status == 0)
        #expect(record.output.contains("Maya Ortiz") && record.output.contains("Lovely flat white"))

        let asked = try setup.run("customer", "forget", "P1")
        #expect(asked.status != 0 && asked.output.contains("--yes"), "\(asked.output)")
        #expect(try setup.run("customer", "export", "P1", "--format", "md").output.contains("Lovely flat white"))

        #expect(try setup.run("customer", "forget", "P1", "--yes").status == 0)
        let after = try setup.run("customer", "export", "P1", "--format", "md").output
        #expect(!after.contains("Lovely flat white") && !after.contains("Maya Ortiz"), "\(after)")
    }
}
