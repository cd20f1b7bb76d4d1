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

    @Test func aConflictShowsWhoChangedWhatAndKeepsMineAsANote() throws {
        let session = try TriageSession()
        session.keys(.char(" "))
        #expect(session.state.triage.marks[.reviews]?["R2"] != nil)
        try Self.otherSessionEdits("R2", store: session.storePath, user: "bob")
        // The user acts on what they saw when marking: version 1, before bob's change.
        session.line("assign carol")
        #expect(session.state.triage.conflict != nil, "\(session.statusLine)")
        #expect(session.screen.contains("Changed by someone else"))
        #expect(session.screen.contains("bob set assignee"))
        #expect(try session.detail("R2")?.assignee == "bob-0", "nothing overwritten")
        session.keys(.char("n"))
        let notes = try #require(try session.detail("R2")).notes.map(\.text)
        #expect(notes.contains { $0.contains("Wanted: assign carol") }, "\(notes)")
        #expect(try session.detail("R2")?.assignee == "bob-0")
    }

    @Test func applyMineOverwritesOnlyAfterTheUserSaysSo() throws {
        let session = try TriageSession()
        session.keys(.char(" "))
        try Self.otherSessionEdits("R2", store: session.storePath, user: "bob")
        session.line("assign carol")
        session.keys(.char("m"))
        #expect(try session.detail("R2")?.assignee == "carol")
        #expect(session.state.triage.conflict == nil)
    }

    @Test func keepTheirsPutsMyLineInTheHistory() throws {
        let session = try TriageSession()
        session.keys(.char(" "))
        try Self.otherSessionEdits("R2", store: session.storePath, user: "bob")
        session.line("assign carol")
        session.keys(.char("t"))
        #expect(try session.detail("R2")?.assignee == "bob-0")
        #expect(session.state.triage.commandHistory.last == "assign carol")
    }
}

/// Notes: `$VISUAL`/`$EDITOR` on a temporary file, the inline editor when there is none, and
/// drafts that survive a hang-up.
@Suite struct NoteSessionTests {
    init() { Fixtures.prepare() }

    /// A shell script standing in for the user's editor: writes `text` into the file it is given.
    static func fakeEditor(writing text: String, exit status: Int = 0, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("editor-\(UUID().uuidString).sh").path
        let script = "#!/bin/sh\nprintf '%s' '\(text)' > \"$1\"\nexit \(status)\n"
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o755)
        return path
    }

    @Test func theEditorsTextBecomesANote() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("earshot-editor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let editor = try Self.fakeEditor(writing: "Called Sam: croissant voucher sent", in: scratch)
        let session = try TriageSession(environment: ["EDITOR": editor])
        session.keys(.char("e"))
        #expect(try session.detail("R2")?.notes.map(\.text) == ["Called Sam: croissant voucher sent"])
    }

    @Test func anEmptyFileCancels() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("earshot-editor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let editor = try Self.fakeEditor(writing: "", in: scratch)
        let session = try TriageSession(environment: ["VISUAL": editor])
        session.keys(.char("e"))
        #expect(try session.detail("R2")?.notes == [])
        #expect(session.statusLine.contains("nothing saved"))
    }

    @Test func aFailingEditorHandsItsTextToTheInlineEditor() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("earshot-editor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let editor = try Self.fakeEditor(writing: "half a note", exit: 1, in: scratch)
        let session = try TriageSession(environment: ["EDITOR": editor])
        session.keys(.char("e"))
        let typed = session.state.triage.noteEditor?.editor.text
        #expect(typed == "half a note")
        let screen = session.screen
        #expect(screen.contains("exited with status 1"), "\(screen)")
    }

    @Test func withoutAnEditorTheInlineEditorTakesSeveralLines() throws {
        let session = try TriageSession(environment: [:])
        session.keys(.char("e"))
        #expect(session.screen.contains("Note for R2"))
        session.type("Rang Sam")
        session.keys(.enter)
        session.type("voucher sent")
        #expect(session.screen.contains("voucher sent"))
        session.keys(.ctrl("s"))
        #expect(try session.detail("R2")?.notes.map(\.text) == ["Rang Sam\nvoucher sent"])
    }

    @Test func escapeAsksBeforeThrowingTypedTextAway() throws {
        let session = try TriageSession(environment: [:])
        session.keys(.char("e"))
        session.type("keep me")
        session.keys(.escape)
        #expect(session.screen.contains("Discard this note?"))
        session.keys(.char("n"))
        #expect(session.state.triage.noteEditor?.editor.text == "keep me")
    }

    @Test func aHangUpKeepsTheNoteAsADraftOfferedAtTheNextStart() throws {
        let drafts = FileManager.default.temporaryDirectory.appendingPathComponent("earshot-drafts-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: drafts) }
        let first = try TriageSession(drafts: drafts, environment: [:])
        first.keys(.char("e"))
        first.type("Apologised in person")
        #expect(first.runtime.handle(.hangup) == false)
        #expect(try FileManager.default.contentsOfDirectory(atPath: drafts).count == 1)

        // The next start on the same store offers it.
        let reopened = try TriageSession(drafts: drafts, environment: [:], reopening: first)
        #expect(reopened.screen.contains("A draft note for R2 was saved"))
        reopened.keys(.enter)
        #expect(reopened.state.triage.noteEditor?.editor.text == "Apologised in person")
        #expect(try FileManager.default.contentsOfDirectory(atPath: drafts).isEmpty)
        reopened.keys(.ctrl("s"))
        #expect(try reopened.detail("R2")?.notes.map(\.text) == ["Apologised in person"])
    }

    @Test func aHangUpKeepsACommandLine() throws {
        let drafts = FileManager.default.temporaryDirectory.appendingPathComponent("earshot-drafts-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: drafts) }
        let first = try TriageSession(drafts: drafts)
        first.keys(.char(":"))
        first.type("followup call fri")
        first.runtime.handle(.hangup)
        let reopened = try TriageSession(drafts: drafts, reopening: first)
        #expect(reopened.screen.contains("A draft command line was saved"))
        reopened.keys(.enter)
        #expect(reopened.state.triage.prompt?.editor.text == "followup call fri")
    }

}
