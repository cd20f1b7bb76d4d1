import Foundation
import Store
import Testing
@testable import Triage

/// Undo through the store's history: whole groups, recorded, never clobbering others.
@Suite struct TriageUndoTests {
    @Test func undoRevertsAWholeBulkChangeAndIsRecorded() throws {
        let fixture = try TriageFixture()
        defer { fixture.remove() }
        _ = try fixture.runner.run(.status(.open), on: ["R3"])
        _ = try fixture.runner.run(.tag("refund"), on: ["R2", "R3", "R4"])
        let undo = try fixture.runner.undoLast()
        #expect(undo.summary == "Undid: Tagged 3 reviews refund")
        #expect(undo.applied.map(\.id) == ["R2", "R3", "R4"])
        for id in ["R2", "R3", "R4"] {
            let detail = try #require(try fixture.store.reviewDetail(id: id))
            #expect(detail.tags.isEmpty)
            #expect(detail.history.suffix(2).map(\.field) == ["tag", "undo"])
            #expect(detail.history.last?.after == "Tagged 3 reviews refund")
        }
        #expect(try fixture.store.reviewDetail(id: "R3")?.row.status == "open")
        let earlier = try fixture.runner.undoLast()
        #expect(earlier.summary == "Undid: Marked R3 open")
        #expect(try fixture.store.reviewDetail(id: "R3")?.row.status == "new")
        #expect(try fixture.runner.undoLast().summary == "Nothing to undo")
    }

    @Test func undoRestoresEveryKindOfField() throws {
        let fixture = try TriageFixture()
        defer { fixture.remove() }
        let friday = TriageFixture.date("2026-03-20T00:00:00Z")
        let before = try #require(try fixture.store.entityRecord(id: "R3", now: TriageFixture.now))
        _ = try fixture.runner.run([.status(.waiting(until: friday)), .priority(.urgent), .assign("ana"), .note("hm")],
                                   on: ["R3"])
        _ = try fixture.runner.undoLast()
        let after = try #require(try fixture.store.entityRecord(id: "R3", now: TriageFixture.now))
        for field in ["status", "waiting_until", "priority", "assignee", "notes", "tags"] {
            #expect(before.member(field) == after.member(field), "\(field)")
        }
        _ = try fixture.runner.run(.due(friday), on: ["F1"])
        _ = try fixture.runner.run(.complete(note: "Fine"), on: ["F1"])
        _ = try fixture.runner.undoLast()
        _ = try fixture.runner.undoLast()
        let followUp = try #require(try fixture.store.followUpDetail(id: "F1"))
        #expect(followUp.row.status == "todo" && followUp.outcome == nil && followUp.doneAt == nil)
        #expect(StoreTime.day(followUp.row.due) == "2026-03-13")
        #expect(try fixture.store.complaintDetail(id: "C1")?.row.firstResponseAt == nil)
    }

    @Test func undoOfAnotherUsersLaterEditIsAConflictAndLeavesTheirs() throws {
        let fixture = try TriageFixture()
        defer { fixture.remove() }
        _ = try fixture.runner.run(.status(.done), on: ["R3", "R4"])
        _ = try fixture.runner(as: "maya").run(.status(.spam), on: ["R4"])
        let undo = try fixture.runner.undoLast()
        #expect(undo.applied.map(\.id) == ["R3"])
        let conflict = try #require(undo.conflicts.first)
        #expect(conflict.id == "R4" && conflict.changes.map(\.user) == ["maya"])
        #expect(undo.summary == "Undid: Marked 2 reviews done; conflict on R4 (maya changed status)")
        #expect(try fixture.store.reviewDetail(id: "R4")?.row.status == "spam")
        #expect(try fixture.store.reviewDetail(id: "R3")?.row.status == "new")
    }

    @Test func undoOnlyTakesTheUsersOwnChanges() throws {
        let fixture = try TriageFixture()
        defer { fixture.remove() }
        _ = try fixture.runner(as: "maya").run(.tag("hers"), on: ["R3"])
        #expect(try fixture.runner.undoLast().summary == "Nothing to undo")
        #expect(try fixture.store.reviewDetail(id: "R3")?.tags == ["hers"])
    }

    @Test func undoingACreationRemovesItAndItsLinksButKeepsTheHistory() throws {
        let fixture = try TriageFixture()
        defer { fixture.remove() }
        _ = try fixture.runner.run(.complain(severity: .high, note: "Upset"), on: ["R3"])
        let undo = try fixture.runner.undoLast()
        #expect(undo.summary == "Undid: Opened a complaint from R3")
        #expect(try fixture.store.complaintDetail(id: "C3") == nil)
        let item = try #require(try fixture.store.reviewDetail(id: "R3"))
        #expect(item.row.status == "new" && item.complaintIDs.isEmpty)
        #expect(item.history.suffix(3).map(\.field) == ["status", "complaint", "undo"])
        let again = try fixture.runner.run(.complain(severity: nil, note: nil), on: ["R3"])
        #expect(again.applied.first?.id == "C4", "a removed complaint's id is not handed out again")
    }

    @Test func aCreationSomeoneElseChangedIsNotRemoved() throws {
        let fixture = try TriageFixture()
        defer { fixture.remove() }
        _ = try fixture.runner.run(.followUp(channel: .call, due: TriageFixture.now, owner: nil, note: nil), on: ["R3"])
        _ = try fixture.runner(as: "maya").run(.note("I'll do it"), on: ["F3"])
        let undo = try fixture.runner.undoLast()
        #expect(undo.conflicts.map(\.id) == ["F3"])
        #expect(undo.summary.hasPrefix("Could not undo: Planned a call follow-up due "), "\(undo.summary)")
        #expect(try fixture.store.followUpDetail(id: "F3") != nil)
    }
}

extension StoreJSON {
    /// The value of an object's member, or nil.
    func member(_ key: String) -> StoreJSON? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }
}
