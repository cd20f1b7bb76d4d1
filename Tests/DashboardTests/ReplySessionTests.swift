import Foundation
import Store
import Testing
import TerminalUI
@testable import Dashboard

/// Replies in the dashboard: `r` writes the draft (saved, else the template that fits), the
/// reply check's flags in the status line and the detail, `y` copies it with OSC 52, `Y` marks
/// it sent (asking while flagged), and the selected review's customer exported and forgotten.
@Suite struct ReplySessionTests {
    init() { Fixtures.prepare() }

    /// A reply with a phone number, which the reply check flags as personal data.
    static let flagged = "Sorry about the wait, Maya. Call me on 07700 900123."

    /// A session on R1 (Maya's one-star review) with an editor that writes `text`.
    static func session(editorWriting text: String) throws -> TriageSession {
        let session = try NoteSessionTests.session(editorWriting: text)
        session.keys(.char("j"))
        #expect(session.state.selectedID(in: .reviews) == "R1")
        return session
    }

    @Test func rStartsFromTheTemplateThatFitsAndSavesThroughTheRunner() throws {
        let session = try TriageSession(environment: [:])
        session.keys(.char("j"), .char("r"))
        let editor = try #require(session.state.triage.noteEditor)
        #expect(editor.reply?.template == "apology", "a one-star review gets the apology template")
        #expect(editor.editor.text.contains("Maya"))
        #expect(session.screen.contains("Reply to R1"))
        session.keys(.ctrl("s"))
        let saved = try #require(try session.store.reply(to: "R1"))
        #expect(saved.text == editor.editor.text && saved.template == "apology" && saved.status == .draft)
        #expect(try session.detail("R1")?.history.contains { $0.field == "reply" } == true)
        #expect(session.statusLine.contains("Saved the reply"), "\(session.statusLine)")
    }

    @Test func aReplyBeingTypedWhenTheTerminalHangsUpComesBackAsAReply() throws {
        let drafts = FileManager.default.temporaryDirectory.appendingPathComponent("earshot-drafts-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: drafts) }
        let first = try TriageSession(drafts: drafts, environment: [:])
        first.keys(.char("j"), .char("r"))
        first.type(" See you Saturday.")
        let typed = try #require(first.state.triage.noteEditor?.editor.text)
        #expect(first.runtime.handle(.hangup) == false)

        let reopened = try TriageSession(drafts: drafts, environment: [:], reopening: first)
        #expect(reopened.screen.contains("A draft reply to R1 was saved"), "\(reopened.screen)")
        reopened.keys(.enter)
        #expect(reopened.state.triage.noteEditor?.reply?.template == "apology")
        reopened.keys(.ctrl("s"))
        let saved = try #require(try reopened.store.reply(to: "R1"), "saved as the reply, not as a note")
        #expect(saved.text == typed && saved.template == "apology")
        #expect(try reopened.detail("R1")?.notes.isEmpty == true)
    }

    @Test func rOpensTheSavedDraftNotTheTemplate() throws {
        let session = try TriageSession(environment: [:])
        session.keys(.char("j"))
        session.line("reply Thank you, Maya.")
        session.keys(.char("r"))
        #expect(session.state.triage.noteEditor?.editor.text == "Thank you, Maya.")
        session.keys(.ctrl("s"))
        #expect(session.statusLine.contains("Reply unchanged"), "\(session.statusLine)")
    }

    @Test func theChecksFlagsAreCountedInTheStatusLineAndListedInTheDetail() throws {
        let session = try Self.session(editorWriting: Self.flagged)
        session.keys(.char("r"))
        #expect(try session.store.reply(to: "R1")?.text == Self.flagged)
        #expect(session.statusLine.contains("flags 1 thing"), "\(session.statusLine)")
        session.keys(.enter)
        let screen = session.screen
        #expect(screen.contains("Reply"))
        #expect(screen.contains("07700 900123"))
        #expect(screen.contains("! "), "each flag is listed with why")
        #expect(session.state.triage.reply?.flags.map(\.kind.rawValue) == ["personal-data"])
    }

    @Test func yCopiesTheReplyToTheTerminalsClipboardAndSaysHowToCopyByHand() throws {
        let session = try Self.session(editorWriting: "Sorry about the wait, Maya.")
        session.keys(.char("r"), .char("y"))
        #expect(session.terminal.clipboard == ["Sorry about the wait, Maya."])
        #expect(session.statusLine.contains("clipboard"), "\(session.statusLine)")
        #expect(session.state.message?.text.contains("nothing arrived?") == true)
    }

    @Test func yWithoutAReplySaysHowToWriteOne() throws {
        let session = try TriageSession(environment: [:])
        session.keys(.char("y"))
        #expect(session.terminal.clipboard.isEmpty)
        #expect(session.statusLine.contains("r writes one"), "\(session.statusLine)")
    }

    @Test func markingSentAsksWhileFlaggedThenStopsTheFirstResponseClock() throws {
        let session = try Self.session(editorWriting: Self.flagged)
        session.keys(.char("c"))
        let complaint = try #require(try session.detail("R1")?.complaintIDs.first)
        session.keys(.char("r"), .char("Y"))
        #expect(session.state.triage.confirmation != nil)
        #expect(session.screen.contains("sent anyway?"))
        session.keys(.char("n"))
        #expect(try session.store.reply(to: "R1")?.status == .draft)
        session.keys(.char("Y"), .char("y"))
        let sent = try #require(try session.store.reply(to: "R1"))
        #expect(sent.status == .sent && sent.sentBy == "ana" && sent.sentAt != nil)
        #expect(try session.store.complaintDetail(id: complaint)?.row.firstResponseAt != nil)
    }

    @Test func anUnflaggedReplyIsMarkedSentAtOnce() throws {
        let session = try Self.session(editorWriting: "Sorry about the wait, Maya.")
        session.keys(.char("r"), .char("Y"))
        #expect(session.state.triage.confirmation == nil)
        #expect(try session.store.reply(to: "R1")?.status == .sent)
        session.keys(.enter)
        #expect(session.screen.contains("sent "), "the detail says when and by whom")
    }

    @Test func theCustomerIsExportedToAFileThenForgottenOnlyOnceConfirmed() throws {
        let session = try TriageSession(environment: [:])
        session.runtime.environment = ["PWD": session.folder.path]
        session.keys(.char("j"))
        session.line("customer export")
        let file = session.folder.appendingPathComponent("earshot-customer-P1.md").path
        let record = try String(contentsOfFile: file, encoding: .utf8)
        #expect(record.contains("Maya Ortiz") && record.contains("cold flat white"))
        #expect(session.statusLine.contains(file) || session.state.message?.text.contains(file) == true)
        session.line("customer forget")
        #expect(session.screen.contains("Forget Maya Ortiz (P1)"))
        session.keys(.char("n"))
        #expect(session.statusLine.contains("Nothing done"), "\(session.statusLine)")
        #expect(try session.detail("R1")?.row.text.contains("cold flat white") == true)
        session.line("customer forget")
        session.keys(.char("y"))
        #expect(try session.detail("R1")?.row.text.contains("cold flat white") == false)
        #expect(session.state.message?.text.contains("P1 forgotten") == true, "\(session.statusLine)")
    }

    @Test(arguments: zip(["r", "y", "Y"] as [Unicode.Scalar], [Command.replyDraft, .replyCopy, .replySent]))
    func theReplyKeysAreBoundInTheReviewsPane(key: Unicode.Scalar, command: Command) {
        #expect(Keymap.defaults.command(for: .char(key), in: [KeyScope(.reviews)]) == command)
    }
}
