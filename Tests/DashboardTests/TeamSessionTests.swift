import Foundation
import Store
import Testing
import TerminalUI
@testable import Dashboard

/// A team at once: another process (`earshot-store-worker`) changes the store while the
/// dashboard is open; the dashboard shows it at the next tick without a key and without moving
/// the selection, and a conflicting change shows who changed what and loses nothing.
@Suite(.serialized) struct TeamSessionTests {
    init() { Fixtures.prepare() }

    /// Runs `earshot-store-worker edit STORE USER 1 ID`: one edit of the item's assignee, a tag
    /// and a note, all named USER-0, from another process.
    static func otherSessionEdits(_ id: String, store: String, user: String) throws {
        let products = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let worker = products.appendingPathComponent("earshot-store-worker").path
        guard FileManager.default.isExecutableFile(atPath: worker) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: worker])
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: worker)
        process.arguments = ["edit", store, user, "1", id]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    /// Ticks (as the idle run loop does, about once a second) until `condition` holds or 2 s pass.
    static func within2Seconds(_ session: TriageSession, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(2)
        while Date() < deadline {
            session.tick()
            if condition() { return true }
            usleep(50_000)
        }
        return false
    }

    @Test func anotherProcesssChangeAppearsWithoutAKeyAndTheSelectionStays() throws {
        let session = try TriageSession()
        session.keys(.char("j"), .char("j"))
        #expect(session.state.selectedID(in: .reviews) == "R3")
        try Self.otherSessionEdits("R3", store: session.storePath, user: "bob")
        let shown = Self.within2Seconds(session) { session.screen.contains("assigned to bob-0") }
        #expect(shown, "the detail did not show bob's change within 2 s:\n\(session.screen)")
        #expect(session.state.selectedID(in: .reviews) == "R3")
        #expect(session.screen.contains("bob-0"))
    }

    /// R2 marked (version 1), then changed by bob in another process, then `assign carol`:
    /// the user acts on what they saw when marking, before bob's change.
    static func conflictingAssignment() throws -> TriageSession {
        let session = try TriageSession()
        session.keys(.char(" "))
        #expect(session.state.triage.marks[.reviews]?["R2"] != nil)
        try otherSessionEdits("R2", store: session.storePath, user: "bob")
        session.line("assign carol")
        #expect(session.state.triage.conflict != nil, "\(session.statusLine)")
        return session
    }

    @Test func aConflictShowsWhoChangedWhatAndKeepsMineAsANote() throws {
        let session = try Self.conflictingAssignment()
        #expect(session.screen.contains("Changed by someone else"))
        #expect(session.screen.contains("bob set assignee"))
        #expect(try session.detail("R2")?.assignee == "bob-0", "nothing overwritten")
        session.keys(.char("n"))
        let notes = try #require(try session.detail("R2")).notes.map(\.text)
        #expect(notes.contains { $0.contains("Wanted: assign carol") }, "\(notes)")
        #expect(try session.detail("R2")?.assignee == "bob-0")
    }

    @Test func applyMineOverwritesOnlyAfterTheUserSaysSo() throws {
        let session = try Self.conflictingAssignment()
        session.keys(.char("m"))
        #expect(try session.detail("R2")?.assignee == "carol")
        #expect(session.state.triage.conflict == nil)
    }

    @Test func keepTheirsPutsMyLineInTheHistory() throws {
        let session = try Self.conflictingAssignment()
        session.keys(.char("t"))
        #expect(try session.detail("R2")?.assignee == "bob-0")
        #expect(session.state.triage.commandHistory.last == "assign carol")
    }
}
