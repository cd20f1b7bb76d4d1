import Foundation
import Store
import Testing
@testable import Triage

/// Two people on one store, each in their own process, through the same runner.
@Suite struct TwoProcessTests {
    @Test(arguments: 0..<3)
    func twoWritersChangingTheSameItemExactlyOneWins(round: Int) throws {
        let fixture = try TriageFixture()
        defer { fixture.remove() }
        let ana = try Worker.start([fixture.path, "ana", "run", "status done", "R3@1"])
        let ben = try Worker.start([fixture.path, "ben", "run", "status spam", "R3@1"])
        let lines = try Worker.wait(ana) + Worker.wait(ben)
        let applied = lines.filter { $0.hasPrefix("applied R3 2") }
        let conflicts = lines.filter { $0.hasPrefix("conflict R3") }
        #expect(applied.count == 1 && conflicts.count == 1, "\(lines)")
        let status = try #require(try fixture.store.reviewDetail(id: "R3")?.row.status)
        let winner = status == "done" ? "ana" : "ben"
        #expect(conflicts.first?.contains("\(winner) set status from 'new' to '\(status)'") == true, "\(lines)")
    }

    @Test func aBulkChangeWithOneConflictingIdAppliesTheRestAndReportsTheOne() throws {
        let fixture = try TriageFixture()
        defer { fixture.remove() }
        _ = try Worker.run([fixture.path, "ana", "run", "priority high", "R4"])
        let lines = try Worker.run([fixture.path, "ben", "run", "priority low", "R2@1,R3@1,R4@1"])
        #expect(lines.contains("applied R2 2") && lines.contains("applied R3 2"), "\(lines)")
        #expect(lines.contains { $0.hasPrefix("conflict R4") && $0.contains("ana set priority from 'normal' to 'high'") },
                "\(lines)")
        #expect(lines.first == "summary: Set 2 reviews to priority low; conflict on R4 (ana changed priority)")
        #expect(try fixture.store.reviewDetail(id: "R4")?.priority == "high")
    }

    @Test func undoAfterSomeoneElsesEditReportsAConflict() throws {
        let fixture = try TriageFixture()
        defer { fixture.remove() }
        _ = try Worker.run([fixture.path, "ana", "run", "assign ana", "R2,R3"])
        _ = try fixture.runner(as: "ben").run(.assign("ben"), on: ["R3"])
        let lines = try Worker.run([fixture.path, "ana", "undo"])
        #expect(lines.contains("applied R2 3"), "\(lines)")
        #expect(lines.contains { $0.hasPrefix("conflict R3") && $0.contains("ben set assignee from 'ana' to 'ben'") },
                "\(lines)")
        #expect(try fixture.store.reviewDetail(id: "R3")?.assignee == "ben")
        #expect(try fixture.store.reviewDetail(id: "R2")?.assignee == nil)
    }
}
