import Foundation
import Store
import Testing
import TerminalUI
@testable import Dashboard

/// Notes: `$VISUAL`/`$EDITOR` on a temporary file, the inline editor when there is none, and
/// drafts that survive a hang-up.
@Suite struct NoteSessionTests {
    init() { Fixtures.prepare() }

    /// A session whose `$EDITOR` (or `$VISUAL`) is a shell script that writes `text` into the
    /// file it is given and exits with `status`.
    static func session(editorWriting text: String, exit status: Int = 0, variable: String = "EDITOR") throws -> TriageSession {
        let session = try TriageSession()
        let path = session.folder.appendingPathComponent("editor.sh").path
        let script = "#!/bin/sh\nprintf '%s' '\(text)' > \"$1\"\nexit \(status)\n"
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        _ = chmod(path, 0o755)
        session.runtime.environment = [variable: path]
        return session
    }

    @Test func theEditorsTextBecomesANote() throws {
        let session = try Self.session(editorWriting: "Called Sam: croissant voucher sent")
        session.keys(.char("e"))
        #expect(try session.detail("R2")?.notes.map(\.text) == ["Called Sam: croissant voucher sent"])
    }

    @Test func anEmptyFileCancels() throws {
        let session = try Self.session(editorWriting: "", variable: "VISUAL")
        session.keys(.char("e"))
        #expect(try session.detail("R2")?.notes == [])
        #expect(session.statusLine.contains("nothing saved"))
    }

    @Test func aFailingEditorHandsItsTextToTheInlineEditor() throws {
        let session = try Self.session(editorWriting: "half a note", exit: 1)
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
