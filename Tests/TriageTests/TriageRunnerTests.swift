import Foundation
import Store
import Testing
@testable import Triage

/// Running actions on many ids: one change group, conflicts with who and what, summaries.
@Suite struct TriageRunnerTests {
    @Test func aBulkTagAppliesToEveryIdAndSaysSoInOneSentence() throws {
        let fixture = try TriageFixture()
        defer { fixture.remove() }
        let report = try fixture.runner.run(.tag("refund"), on: ["R2", "R3", "R4"])
        #expect(report.summary == "Tagged 3 reviews refund")
        #expect(report.applied.map(\.id) == ["R2", "R3", "R4"] && report.applied.allSatisfy { $0.version == 2 })
        #expect(try fixture.store.reviewDetail(id: "R3")?.tags == ["refund"])
    }

    @Test(arguments: [
        (TriageAction.status(.done), ["R3"], "Marked R3 done"),
        (.status(.waiting(until: TriageFixture.date("2026-03-20T00:00:00Z"))), ["R3", "R4"], "Marked 2 reviews waiting until 2026-03-20"),
        (.priority(.urgent), ["R3"], "Set R3 to priority urgent"),
        (.assign("ana"), ["R3", "C1"], "Assigned 2 entries to ana"),
        (.assign(nil), ["F1"], "Unassigned F1"),
        (.note("Rang her"), ["R3", "R4"], "Added a note to 2 reviews"),
        (.complete(note: "Happy"), ["F1"], "Completed F1"),
        (.skip(note: nil), ["F1", "F2"], "Skipped 2 follow-ups"),
        (.severity(.critical), ["C1"], "Set C1 to severity critical"),
        (.complaintStatus(.resolved), ["C1"], "Marked C1 resolved"),
    ])
    func summariesSayWhatWasDone(action: TriageAction, ids: [String], summary: String) throws {
        let fixture = try TriageFixture()
        defer { fixture.remove() }
        let report = try fixture.runner.run(action, on: ids)
        #expect(report.summary == summary)
        #expect(report.conflicts.isEmpty && report.failures.isEmpty)
    }

    @Test func aStaleVersionIsAConflictNamingWhoChangedWhatAndTheRestApply() throws {
        let fixture = try TriageFixture()
        defer { fixture.remove() }
        let maya = try fixture.runner(as: "maya")
        _ = try maya.run(.status(.spam), on: ["R4"])
        let report = try fixture.runner.run(.status(.done), on: ["R3", "R4"], expected: ["R3": 1, "R4": 1])
        #expect(report.applied.map(\.id) == ["R3"])
        let conflict = try #require(report.conflicts.first)
        #expect(conflict.id == "R4" && conflict.currentVersion == 2)
        #expect(conflict.changes.map { "\($0.user) \($0.field) \($0.after ?? "")" } == ["maya status spam"])
        #expect(report.summary == "Marked R3 done; conflict on R4 (maya changed status)")
        #expect(try fixture.store.reviewDetail(id: "R4")?.row.status == "spam")
    }

    @Test func tagsAndNotesMergeWithOthersChanges() throws {
        let fixture = try TriageFixture()
        defer { fixture.remove() }
        _ = try fixture.runner(as: "maya").run(.status(.spam), on: ["R4"])
        let report = try fixture.runner.run(.tag("rude"), on: ["R4"], expected: ["R4": 1])
        #expect(report.conflicts.isEmpty && report.applied.first?.version == 3)
        #expect(report.results.first?.merged.map(\.user) == ["maya"])
    }

    @Test func actionsThatDoNotApplyFailForThatIdOnly() throws {
        let fixture = try TriageFixture()
        defer { fixture.remove() }
        let report = try fixture.runner.run(.tag("vip"), on: ["R3", "F1", "R99", "banana"])
        #expect(report.applied.map(\.id) == ["R3"])
        #expect(report.failures.map(\.id) == ["F1", "R99", "banana"])
        #expect(report.failures[0].message.contains("F1 is a follow-up: 'tag vip' does not apply"))
        #expect(report.failures[1].message.contains("no entity with id 'R99'"))
        #expect(report.summary == "Tagged R3 vip; 3 failed (F1, R99, banana)")
    }

    @Test func severalActionsOnOneIdAreOneChange() throws {
        let fixture = try TriageFixture()
        defer { fixture.remove() }
        let report = try fixture.runner.run([.tag("a"), .note("b"), .priority(.high)], on: ["R3"])
        #expect(report.applied.first?.version == 2 && report.summary == "Updated R3")
        #expect(report.results.first?.events.map(\.field) == ["priority", "tag", "note"])
    }

    @Test func complainAndFollowUpCreateAndNameWhatTheyMade() throws {
        let fixture = try TriageFixture()
        defer { fixture.remove() }
        let complaint = try fixture.runner.run(.complain(severity: .critical, note: "Upset"), on: ["R3"])
        #expect(complaint.summary == "Opened complaint C3 from R3")
        let row = try #require(try fixture.store.complaintDetail(id: "C3")?.row)
        #expect(row.severity == "critical" && row.firstResponseDue != nil && row.resolutionDue != nil)
        let due = TriageFixture.date("2026-03-16T00:00:00Z")
        let followUp = try fixture.runner.run(.followUp(channel: .call, due: due, owner: nil, note: "Ring Ann"), on: ["C3"])
        #expect(followUp.summary == "Planned call F3 due 2026-03-16 for C3")
        #expect(try fixture.store.followUpDetail(id: "F3")?.row.complaintID == "C3")
    }

    @Test func anEmptyCommandChangesNothingAndSaysSo() throws {
        let fixture = try TriageFixture()
        defer { fixture.remove() }
        let report = try fixture.runner.run(.tag("x"), on: [])
        #expect(report.outcomes.isEmpty && report.summary == "Nothing changed")
    }
}
