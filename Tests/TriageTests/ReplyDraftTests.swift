import Foundation
import Store
import Testing
@testable import Triage

/// Reply drafts kept with their item: history, sending, the first-response clock, conflicts, undo.
@Suite struct ReplyDraftTests {
    @Test func aDraftIsStoredWithTheItemAndItsHistory() throws {
        let fixture = try TriageFixture()
        defer { fixture.remove() }
        let before = try #require(try fixture.store.reviewDetail(id: "R2")).row.version
        let report = try fixture.runner.run(.reply("Tom, we are sorry about the wait.", template: "apology"), on: ["R2"])
        #expect(report.summary == "Saved the reply to R2")
        let reply = try #require(try fixture.store.reply(to: "R2"))
        #expect(reply.text == "Tom, we are sorry about the wait." && reply.template == "apology")
        #expect(reply.status == .draft && reply.author == "sam" && reply.sentAt == nil)
        let detail = try #require(try fixture.store.reviewDetail(id: "R2"))
        #expect(detail.row.version == before + 1)
        #expect(detail.history.last?.field == "reply" && detail.history.last?.after == reply.text)
        #expect(try fixture.store.reply(to: "R3") == nil)
    }

    @Test func markingSentRecordsWhenAndWhoAndStopsTheFirstResponseClock() throws {
        let fixture = try TriageFixture()
        defer { fixture.remove() }
        #expect(try fixture.store.complaintDetail(id: "C1")?.row.firstResponseAt == nil)
        _ = try fixture.runner.run([.reply("Sorry, Tom."), .replySent], on: ["R2"])
        let reply = try #require(try fixture.store.reply(to: "R2"))
        #expect(reply.status == .sent && reply.sentBy == "sam")
        let sentAt = try #require(reply.sentAt)
        let complaint = try #require(try fixture.store.complaintDetail(id: "C1"))
        #expect(complaint.row.firstResponseAt == sentAt)
        #expect(complaint.history.last?.field == "first_response_at")
        let history = try #require(try fixture.store.reviewDetail(id: "R2")).history
        #expect(history.suffix(2).map(\.field) == ["reply", "reply status"])
        #expect(history.last?.before == "draft" && history.last?.after == "sent")
    }

    @Test func anEarlierFirstResponseIsKept() throws {
        let fixture = try TriageFixture()
        defer { fixture.remove() }
        _ = try fixture.runner.run(.complaintStatus(.waiting), on: ["C1"])
        _ = try fixture.runner.run(.complete(note: "Refunded"), on: ["C1"])
        let resolvedFirst = try #require(try fixture.store.complaintDetail(id: "C1")?.row.firstResponseAt)
        _ = try fixture.runner.run([.reply("Sorry, Tom."), .replySent], on: ["R2"])
        #expect(try fixture.store.complaintDetail(id: "C1")?.row.firstResponseAt == resolvedFirst)
    }

    @Test(arguments: [
        (["R3"], TriageAction.replySent, "has no reply yet"),
        (["C1"], TriageAction.reply("Hello"), "a reply answers an item"),
    ])
    func refusals(ids: [String], action: TriageAction, message: String) throws {
        let fixture = try TriageFixture()
        defer { fixture.remove() }
        let report = try fixture.runner.run(action, on: ids)
        #expect(report.failures.first?.message.contains(message) == true, "\(report.failures)")
    }

    @Test func twoPeopleEditingOneReplyConflictInsteadOfOverwriting() throws {
        let fixture = try TriageFixture()
        defer { fixture.remove() }
        _ = try fixture.runner.run(.reply("First words."), on: ["R2"])
        let seen = try #require(try fixture.store.reviewDetail(id: "R2")).row.version
        _ = try fixture.runner(as: "maya").run(.reply("Maya's words."), on: ["R2"])
        let mine = try fixture.runner.run(.reply("My words."), on: ["R2"], expected: ["R2": seen])
        let conflict = try #require(mine.conflicts.first)
        #expect(conflict.changes.map(\.user) == ["maya"])
        #expect(try fixture.store.reply(to: "R2")?.text == "Maya's words.")
        // A tag added meanwhile merges with a reply.
        let current = try #require(try fixture.store.reviewDetail(id: "R2")).row.version
        _ = try fixture.runner(as: "maya").run(.tag("replied"), on: ["R2"])
        let merged = try fixture.runner.run(.reply("My words."), on: ["R2"], expected: ["R2": current])
        #expect(merged.conflicts.isEmpty && merged.results.first?.merged.map(\.field) == ["tag"])
    }

    @Test func editingASentReplyMakesItADraftAgain() throws {
        let fixture = try TriageFixture()
        defer { fixture.remove() }
        _ = try fixture.runner.run([.reply("Sorry."), .replySent], on: ["R2"])
        _ = try fixture.runner.run(.reply("Sorry, Tom."), on: ["R2"])
        let reply = try #require(try fixture.store.reply(to: "R2"))
        #expect(reply.status == .draft && reply.text == "Sorry, Tom.")
        let unchanged = try fixture.runner.run(.reply("Sorry, Tom."), on: ["R2"])
        #expect(unchanged.results.first?.changed == false)
    }

    @Test func undoTakesBackTheReplyAndRestartsTheClock() throws {
        let fixture = try TriageFixture()
        defer { fixture.remove() }
        _ = try fixture.runner.run(.reply("Draft one."), on: ["R2"])
        _ = try fixture.runner.run([.reply("Draft two."), .replySent], on: ["R2"])
        let undo = try fixture.runner.undoLast()
        #expect(undo.conflicts.isEmpty)
        let reply = try #require(try fixture.store.reply(to: "R2"))
        #expect(reply.text == "Draft one." && reply.status == .draft && reply.sentAt == nil)
        #expect(try fixture.store.complaintDetail(id: "C1")?.row.firstResponseAt == nil)
        _ = try fixture.runner.undoLast()
        #expect(try fixture.store.reply(to: "R2") == nil)
    }

    @Test func undoLeavesAReplySomeoneEditedSince() throws {
        let fixture = try TriageFixture()
        defer { fixture.remove() }
        _ = try fixture.runner.run(.reply("Mine."), on: ["R2"])
        _ = try fixture.runner(as: "maya").run(.reply("Maya's."), on: ["R2"])
        _ = try fixture.runner.undoLast()
        #expect(try fixture.store.reply(to: "R2")?.text == "Maya's.")
    }

    @Test(arguments: [
        ("reply Thanks, Tom!", TriageAction.reply("Thanks, Tom!")),
        ("reply \"Quoted text\"", TriageAction.reply("Quoted text")),
        ("sent", TriageAction.replySent),
        ("replied", TriageAction.replySent),
    ])
    func replyCommandsParse(words: String, action: TriageAction) throws {
        #expect(try TriageCommandLine.parse(words, user: "sam", now: TriageFixture.now) == action)
        #expect(try TriageCommandLine.parse(TriageCommandLine.words(for: action), user: "sam", now: TriageFixture.now) == action)
    }

    @Test(arguments: ["reply", "sent now", "replied at once"])
    func badReplyCommandsSayWhatIsWrong(words: String) {
        #expect(throws: TriageParseError.self) { try TriageCommandLine.parse(words, user: "sam", now: TriageFixture.now) }
    }

    @Test func theSubjectNamesTheCustomerTheAspectAndTheCompetitors() throws {
        let fixture = try TriageFixture()
        defer { fixture.remove() }
        let subject = try fixture.store.replySubject(for: "R2")
        #expect(subject.personName == "Tom Reed" && subject.brandName == "Crumb & Kettle")
        #expect(subject.aspect == "speed" && subject.owner == "sam" && subject.rating == 1 && subject.isComplaint)
        #expect(subject.competitors == ["Bean There"])
        #expect(try fixture.store.replySubject(for: "R5").competitors.isEmpty)
    }
}
