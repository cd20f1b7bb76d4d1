import Foundation
import Store
import Testing
@testable import Triage

/// The `:` command line: words to actions, mistakes to one-line messages, completions.
@Suite struct TriageCommandLineTests {
    static let now = TriageFixture.now
    static let tomorrow = TriageFixture.date("2026-03-16T00:00:00Z")
    static let friday = TriageFixture.date("2026-03-20T00:00:00Z")

    static let parsed: [(String, TriageAction)] = [
        ("status done", .status(.done)),
        (":status spam", .status(.spam)),
        ("status waiting fri", .status(.waiting(until: friday))),
        ("status duplicate r12", .status(.duplicate(of: "R12"))),
        ("status waiting", .complaintStatus(.waiting)),
        ("status resolved", .complaintStatus(.resolved)),
        ("status skipped", .followUpStatus(.skipped)),
        ("priority HIGH", .priority(.high)),
        ("assign me", .assign("sam")),
        ("assign none", .assign(nil)),
        ("unassign", .assign(nil)),
        ("assign ana", .assign("ana")),
        ("tag refund", .tag("refund")),
        ("untag refund", .untag("refund")),
        ("note Called her, \"all fine\"", .note("Called her, \"all fine\"")),
        ("note \"quoted\"", .note("quoted")),
        ("complain", .complain(severity: nil, note: nil)),
        ("complain critical Ann is upset", .complain(severity: .critical, note: "Ann is upset")),
        ("complain Ann is upset", .complain(severity: nil, note: "Ann is upset")),
        ("followup call tomorrow", .followUp(channel: .call, due: tomorrow, owner: nil, note: nil)),
        ("followup visit +5d @me bring cake", .followUp(channel: .visit, due: friday, owner: "sam", note: "bring cake")),
        ("followup email 2026-03-16 say sorry", .followUp(channel: .email, due: tomorrow, owner: nil, note: "say sorry")),
        ("done", .complete(note: nil)),
        ("complete she is happy", .complete(note: "she is happy")),
        ("skip no answer", .skip(note: "no answer")),
        ("severity critical", .severity(.critical)),
        ("channel gift", .channel(.gift)),
        ("due fri", .due(friday)),
    ]

    @Test(arguments: parsed)
    func wordsBecomeActions(words: String, action: TriageAction) throws {
        #expect(try TriageCommandLine.parse(words, user: "sam", now: Self.now) == action)
    }

    static let mistakes: [(String, String)] = [
        ("", "type a command"),
        ("stat done", "'stat' is not a command"),
        ("status later", "'later' is not a status"),
        ("status duplicate", "needs the item it repeats"),
        ("status done now", "one too many"),
        ("status", "status needs a status: new, open, waiting DATE, done, spam"),
        ("priority", "priority needs a priority: low, normal, high, urgent"),
        ("severity", "severity needs a severity: low, normal, high, critical"),
        ("priority soon", "'soon' is not a priority: use low, normal, high, urgent"),
        ("tag", "tag needs a tag name"),
        ("tag two words", "one too many"),
        ("note", "note needs the note's text"),
        ("followup", "needs a channel and a date"),
        ("followup pigeon tomorrow", "'pigeon' is not a channel"),
        ("followup call", "needs a date"),
        ("followup call someday", "'someday' is not a date"),
        ("due", "needs a date"),
    ]

    @Test(arguments: mistakes)
    func mistakesSayWhatToType(words: String, message: String) {
        #expect(throws: TriageParseError.self) { try TriageCommandLine.parse(words, user: "sam", now: Self.now) }
        do {
            _ = try TriageCommandLine.parse(words, user: "sam", now: Self.now)
        } catch {
            #expect(error.message.contains(message), "\(error.message)")
            #expect(!error.message.contains("\n"))
        }
    }

    @Test func everyActionPrintsAsWordsThatParseBack() throws {
        for (_, action) in Self.parsed where action != .assign("sam") {
            let words = TriageCommandLine.words(for: action)
            #expect(try TriageCommandLine.parse(words, user: "sam", now: Self.now) == action, "\(words)")
        }
    }

    @Test func completionsNameCommandsThenTheirValues() {
        #expect(TriageCommandLine.completions(for: "st") == ["status"])
        #expect(TriageCommandLine.completions(for: ":s") == ["status", "skip", "severity"])
        #expect(TriageCommandLine.completions(for: "").count == TriageCommandLine.verbs.count)
        #expect(TriageCommandLine.completions(for: "status w") == ["status waiting"])
        #expect(TriageCommandLine.completions(for: "priority ") == ["priority low", "priority normal", "priority high", "priority urgent"])
        #expect(TriageCommandLine.completions(for: "followup c") == ["followup call"])
        #expect(TriageCommandLine.completions(for: "tag x").isEmpty)
        #expect(TriageCommandLine.completions(for: "zz").isEmpty)
    }

    @Test func everyVerbHasASynopsisAndOneLineOfHelp() {
        for verb in TriageCommandLine.verbs {
            #expect(!verb.help.isEmpty && !verb.help.contains("\n"))
            #expect(TriageCommandLine.verbs.filter { $0.name == verb.name }.count == 1)
        }
    }
}
