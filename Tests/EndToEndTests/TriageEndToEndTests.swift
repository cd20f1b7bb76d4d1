import Foundation
import TerminalTestSupport
import Testing

/// A whole triage in a real terminal (tmux), checked afterwards through the CLI's `--json`:
/// filter the negatives, mark three, tag them, open a complaint, plan a follow-up due tomorrow,
/// complete it, undo that, quit. And two dashboards on one store see each other's changes.
@Suite(
    "triage in tmux",
    .serialized,
    .enabled(if: TmuxSession.isInstalled, "tmux is not installed; install it (apt-get install tmux) to run the end-to-end tests")
)
struct TriageEndToEndTests {
    static let startupSeconds = 15.0
    static let stepSeconds = 5.0

    @Test("filter, mark three, tag, complain, follow-up tomorrow, done, undo, quit: all in the store")
    func wholeTriage() throws {
        let (tmux, store) = try startShellWithStore(width: 120, height: 35)
        defer { tmux.kill() }
        let binary = try BuiltProducts.earshot()
        let complaintsBefore = try count(binary, store, "complaints")
        try tmux.type("\(quoted(binary)) --store \(quoted(store))")
        try wait(tmux, "the dashboard did not come up", seconds: Self.startupSeconds) { DashboardScreen.showsAllPaneTitles($0) }

        try tmux.press("/")
        try tmux.typeText("sentiment:neg")
        try tmux.press("Enter")
        try wait(tmux, "the filter is not in the Reviews title") { $0.contains("/sentiment:neg") && $0.contains("Filter /sentiment:neg") }
        let negatives = try count(binary, store, "reviews", "sentiment:neg")

        try tmux.press("Space", "Space", "Space")
        try wait(tmux, "three rows are not marked") { $0.contains("3 marked") }
        try tmux.press("t")
        try tmux.typeText("refund")
        try tmux.press("Enter")
        try wait(tmux, "no summary of the tagging") { $0.contains("Tagged 3") }

        // Some negative items already have a complaint: go down to the first that has none.
        var complained = ""
        for _ in 0..<12 where !complained.contains("Opened complaint") {
            try tmux.press("c")
            complained = try wait(tmux, "no answer to c") { screen in
                let status = statusLine(screen)
                return status.contains("Opened complaint") || status.contains("not changed") || status.contains("already")
            }
            if !statusLine(complained).contains("Opened complaint") {
                try tmux.press("j")
                // A move clears the message: wait for that, so the next answer is c's own.
                try wait(tmux, "j did not clear the message") { !statusLine($0).contains("not changed") && !statusLine($0).contains("already") }
            }
        }
        try #require(statusLine(complained).contains("Opened complaint"), "no complaint was opened:\n\(complained)")
        let item = try #require(firstMatch(#"from (R\d+)"#, in: statusLine(complained)), "which item:\n\(complained)")
        try tmux.press("f")
        try tmux.typeText("call tomorrow")
        try tmux.press("Enter")
        let planned = try wait(tmux, "no follow-up was planned") { $0.contains("Planned call") }
        let followUp = try #require(firstMatch(#"(F\d+)"#, in: statusLine(planned)), "which follow-up:\n\(planned)")

        // The newest follow-up first, then done on it.
        try tmux.press("4")
        try tmux.press(":")
        try tmux.typeText("sort newest")
        try tmux.press("Enter")
        try wait(tmux, "the follow-ups are not sorted newest first") { screen in
            screen.split(separator: "\n").contains { $0.contains("4 Follow-ups") && $0.contains("newest") }
        }
        try tmux.press("d")
        #expect(Poll.until(seconds: Self.stepSeconds, every: 0.2) { (try? field(binary, store, "followups", followUp, "status")) == "done" },
                "\(followUp) was not completed:\n\(tmux.screen())")
        try tmux.press("u")
        #expect(Poll.until(seconds: Self.stepSeconds, every: 0.2) { (try? field(binary, store, "followups", followUp, "status")) == "todo" },
                "undo did not reopen \(followUp):\n\(tmux.screen())")
        try tmux.press("q")
        #expect(tmux.waitForScreen(seconds: 5) { !$0.contains("4 Follow-ups") }.matched, "earshot did not quit")
        #expect(try tmux.shellAnswers(), "the shell does not answer after q:\n\(tmux.screen())")

        // Everything, as the CLI sees it.
        #expect(try count(binary, store, "reviews", "tag:refund") == 3)
        #expect(try count(binary, store, "reviews", "sentiment:neg") == negatives)
        let complaintsAfter = try count(binary, store, "complaints")
        #expect(complaintsAfter == complaintsBefore + 1, "\(complaintsBefore) complaints before, \(complaintsAfter) after")
        #expect(try field(binary, store, "reviews", item, "complaints").map { !$0.isEmpty } == true, "\(item) links no complaint")
        #expect(try field(binary, store, "followups", followUp, "status") == "todo", "undo did not reopen \(followUp)")
        let tomorrow = ISO8601DateFormatter.string(from: Date().addingTimeInterval(86_400), timeZone: TimeZone(identifier: "UTC") ?? .current,
                                                   formatOptions: [.withFullDate])
        #expect(try field(binary, store, "followups", followUp, "due") == tomorrow)
    }

    @Test("two dashboards on one store see each other's changes within 2 s")
    func twoDashboardsSeeEachOther() throws {
        let (tmux, store) = try startShellWithStore(width: 120, height: 35)
        defer { tmux.kill() }
        let binary = try BuiltProducts.earshot()
        let command = "\(quoted(binary)) --store \(quoted(store))"
        try tmux.openWindow("bob", command: "env EARSHOT_USER=bob \(command)")
        try tmux.type("EARSHOT_USER=ana \(command)")
        for window in [nil, "bob"] {
            let up = tmux.waitForScreen(window: window, seconds: Self.startupSeconds) { DashboardScreen.showsAllPaneTitles($0) }
            try #require(up.matched, "a dashboard did not come up:\n\(up.screen)")
        }
        // Ana tags the first review; Bob's dashboard, untouched, shows it in its detail.
        try tmux.press(":")
        try tmux.typeText("tag seen-by-ana")
        try tmux.press("Enter")
        try wait(tmux, "ana's tag was not applied") { $0.contains("seen-by-ana") }
        let started = Date()
        let seen = tmux.waitForScreen(window: "bob", seconds: 2, every: 0.05) { $0.contains("seen-by-ana") }
        #expect(seen.matched, "bob's dashboard did not show ana's tag within 2 s:\n\(seen.screen)")
        print(String(format: "two dashboards: bob's screen showed ana's tag %.2f s after ana's did (tmux capture every 50 ms; limit 2 s)",
                     Date().timeIntervalSince(started)))
        try tmux.press("q")
        #expect(try tmux.shellAnswers(), "the shell does not answer after q")
    }

    @Test("a note being typed when the terminal hangs up is kept and offered at the next start")
    func hangUpKeepsTheNote() throws {
        let (tmux, store) = try startShellWithStore(width: 120, height: 35)
        defer { tmux.kill() }
        let binary = try BuiltProducts.earshot()
        let command = "\(quoted(binary)) --store \(quoted(store))"
        try tmux.type(command)
        let first = try wait(tmux, "the dashboard did not come up", seconds: Self.startupSeconds) { DashboardScreen.showsAllPaneTitles($0) }
        let item = try #require(firstMatch(#"(R\d+) · Reviews detail"#, in: first), "which item is selected:\n\(first)")
        // No $VISUAL or $EDITOR in this shell: e opens the inline editor.
        try tmux.press("e")
        try wait(tmux, "the inline editor did not open") { $0.contains("Note for \(item)") }
        try tmux.typeText("Rang back, voucher")
        try wait(tmux, "the text is not in the editor") { $0.contains("Rang back, voucher") }
        let shell = try #require(tmux.shellPID)
        let name = URL(fileURLWithPath: binary).lastPathComponent
        let dashboard = try #require(ProcessTable.children(of: shell, named: name).first)
        kill(dashboard, SIGHUP)
        #expect(ProcessTable.waitUntilGone(dashboard, seconds: 2), "earshot is still running 2 s after SIGHUP")
        #expect(try tmux.shellAnswers(), "the shell does not answer after SIGHUP:\n\(tmux.screen())")

        try tmux.type(command)
        try wait(tmux, "the draft was not offered", seconds: Self.startupSeconds) { $0.contains("A draft note for \(item) was saved") }
        try tmux.press("Enter")
        try wait(tmux, "the draft did not come back into the editor") { $0.contains("Note for \(item)") && $0.contains("Rang back, voucher") }
        try tmux.press("C-s")
        try wait(tmux, "the note was not saved") { statusLine($0).contains(item) || statusLine($0).lowercased().contains("note") }
        try tmux.press("q")
        #expect(try tmux.shellAnswers(), "the shell does not answer after q")
        let notes = try json(binary, ["--store", store, "show", item, "--json"])["notes"] as? [[String: Any]] ?? []
        #expect(notes.contains { ($0["text"] as? String) == "Rang back, voucher" }, "\(notes)")
    }

    // MARK: - Steps

    /// A shell in tmux and a store imported from the seeds in its scratch folder.
    private func startShellWithStore(width: Int, height: Int) throws -> (TmuxSession, String) {
        let tmux = try TmuxSession.start(width: width, height: height, directory: BuiltProducts.packageRoot.path,
                                         environment: ["EARSHOT_SEEDS": BuiltProducts.seeds.path, "EARSHOT_USER": "e2e",
                                                       "VISUAL": "", "EDITOR": ""])
        let store = tmux.scratch.appendingPathComponent("triage.db").path
        try Command.run(try BuiltProducts.earshot(), ["--store", store, "import"] + BuiltProducts.seedFiles())
        try #require(try tmux.shellAnswers(), "the shell did not start:\n\(tmux.screen())")
        // Drafts go to the session's own folder, never the user's.
        try tmux.type("export XDG_STATE_HOME=\(quoted(tmux.scratch.appendingPathComponent("state").path))")
        try tmux.type("clear")
        return (tmux, store)
    }

    @discardableResult
    private func wait(_ tmux: TmuxSession, _ what: String, seconds: Double = stepSeconds,
                      until condition: @escaping (String) -> Bool) throws -> String {
        let result = tmux.waitForScreen(seconds: seconds, until: condition)
        try #require(result.matched, "\(what):\n\(result.screen)")
        return result.screen
    }

    /// `earshot LIST [QUERY] --json`'s count.
    private func count(_ binary: String, _ store: String, _ list: String, _ query: String? = nil) throws -> Int {
        let object = try json(binary, ["--store", store, list] + (query.map { [$0] } ?? []) + ["--json", "--limit", "1000"])
        return object["count"] as? Int ?? -1
    }

    /// A field of one entity in `earshot LIST --json`, as text (arrays joined by commas).
    private func field(_ binary: String, _ store: String, _ list: String, _ id: String, _ name: String) throws -> String? {
        let object = try json(binary, ["--store", store, list, "--json", "--limit", "100000"])
        let items = object["items"] as? [[String: Any]] ?? []
        guard let entity = items.first(where: { $0["id"] as? String == id }) else { return nil }
        switch entity[name] {
        case let text as String: return text
        case let list as [Any]: return list.map { "\($0)" }.joined(separator: ",")
        case nil, is NSNull: return nil
        case let other?: return "\(other)"
        }
    }

    private func json(_ binary: String, _ arguments: [String]) throws -> [String: Any] {
        let text = try Command.run(binary, arguments)
        let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return value as? [String: Any] ?? [:]
    }

    /// The last line of a screen: the status line.
    private func statusLine(_ screen: String) -> String {
        screen.split(separator: "\n").last.map(String.init) ?? ""
    }

    private func firstMatch(_ pattern: String, in text: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(match.range(at: 1), in: text) else { return nil }
        return String(text[range])
    }

    private func quoted(_ path: String) -> String {
        "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

extension TmuxSession {
    /// Types text into whatever runs in the window, without Enter.
    func typeText(_ text: String) throws {
        try press("-l", text)
    }
}
