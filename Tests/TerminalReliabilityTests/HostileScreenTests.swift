import Foundation
import Store
import TerminalTestSupport
import Testing

/// S3 and S4 (research/reliability.md §1): 1,000 reviews written to drive the terminal drive nothing.
///
/// Two stores are built with the real binary (`earshot import FILE --store PATH`): one from the
/// hostile fixture, one from its benign twin (every field replaced by what the screen should
/// show). The same keys are typed at `earshot --store PATH` on a 120x40 pseudo-terminal
/// (TERM=xterm-256color) for each: the Brands pane and its brand filter, every page of the
/// review list, review after review with its detail beside the list, the detail focused and
/// scrolled with j/k, and the help. Each key is typed once the program is idle, so every frame is
/// complete. Every byte written is captured and split into control sequences.
///
/// S3: the multisets of control sequences of the two runs are equal (0 extra). S4: the hostile run
/// sends no OSC 0/1/2 (title), no OSC 52 (clipboard), no OSC at all, no DCS/SOS/PM/APC, no BEL,
/// no C1 control and none of the bidi, zero-width or separator characters.
@Suite("S3/S4: hostile reviews on screen", .serialized)
struct HostileScreenTests {
    static let fullDetails = HostileFixture.reviewCount
    /// Reviews whose detail is opened by moving the selection (every page of the list is shown either way).
    static let details = Trials.count(ci: 150, full: fullDetails)

    @Test("S3/S4: 1,000 hostile reviews send no control sequence a benign twin does not")
    func hostileReviewsDriveNothing() throws {
        let scratch = try ScratchFolder.make("hostile")
        defer { scratch.remove() }
        // The same file names in two folders of the same length: the header shows the store, the
        // history the imported file, and both runs must draw the same.
        for folder in ["h", "b"] {
            try FileManager.default.createDirectory(atPath: scratch.path(folder), withIntermediateDirectories: true)
        }
        let hostileStore = scratch.path("h/reviews.db"), benignStore = scratch.path("b/reviews.db")
        _ = try HostileFixture.importWithBinary(try HostileFixture(benign: false).write(to: scratch.path("h/reviews.jsonl")),
                                                store: hostileStore)
        _ = try HostileFixture.importWithBinary(try HostileFixture(benign: true).write(to: scratch.path("b/reviews.jsonl")),
                                                store: benignStore)
        try expectTwins(hostileStore, benignStore)

        let hostile = try session(store: hostileStore, scratch: scratch)
        let benign = try session(store: benignStore, scratch: scratch)
        let hostileSequences = ControlSequences.multiset(hostile.output)
        let differences = ControlSequences.differences(hostileSequences, ControlSequences.multiset(benign.output))
        let extra = differences.reduce(0) { $0 + max(0, $1.1 - $1.2) }
        let parsed = ControlSequences.parse(hostile.output)
        let forbidden = parsed.filter(Self.isForbidden)
        let titles = parsed.filter { [0, 1, 2].contains($0.oscCommand ?? -1) }.count
        let clipboard = parsed.filter { $0.oscCommand == 52 }.count

        print("S3: \(HostileFixture.reviewCount) hostile reviews (list pages, \(Trials.label(Self.details, full: Self.fullDetails)) details, "
              + "detail scrolling, help; \(hostile.keys) keys, \(hostile.output.count) bytes captured under a 120x40 pty): "
              + "\(extra) extra control sequences against the benign twin (\(differences.count) differing kinds)")
        print("S4: OSC 0/1/2 (title) \(titles), OSC 52 (clipboard) \(clipboard), BEL/OSC/DCS/SOS/PM/APC/C1/bidi/zero-width sent: \(forbidden.count)")
        #expect(hostile.keys == benign.keys)
        let sameSequences = differences.isEmpty
        #expect(sameSequences, "control sequences differ (sequence: hostile, benign): \(differences.prefix(20).map { "\($0.0): \($0.1), \($0.2)" }); \(Self.firstDifference(hostile, benign))")
        #expect(forbidden.isEmpty, "sent to the terminal: \(Set(forbidden.prefix(50).map(\.description)))")
        #expect(titles == 0 && clipboard == 0)
        #expect(hostile.output.count > 100_000, "too little was drawn (\(hostile.output.count) bytes) for the screens to have been shown")
    }

    /// Nothing from data may reach the terminal's title, bell, clipboard or string parsers, and no
    /// C1 or format character may be sent at all.
    static func isForbidden(_ sequence: ControlSequences.Sequence) -> Bool {
        switch sequence.kind {
        case .osc, .controlString, .c1, .rawC1, .format: return true
        case .c0: return sequence.bytes == [0x07]
        default: return false
        }
    }

    /// The two stores must hold the same reviews with the same sentiment, or the screens could
    /// differ for reasons that have nothing to do with the sanitiser.
    private func expectTwins(_ hostilePath: String, _ benignPath: String) throws {
        let hostile = try EarshotStore.open(at: hostilePath)
        let benign = try EarshotStore.open(at: benignPath)
        var mismatches: [String] = []
        for number in 1...HostileFixture.reviewCount {
            let id = "R\(number)"
            guard let a = try hostile.reviewDetail(id: id), let b = try benign.reviewDetail(id: id) else {
                mismatches.append("\(id) missing")
                continue
            }
            // Driver phrases are shown too; an emoji keeps its variation selector there, which the screen drops.
            let shownDrivers = { (detail: ReviewDetail) in detail.analysis?.drivers.map { HostileText.benign($0.phrase) } }
            if a.row.score != b.row.score || a.row.label != b.row.label || a.row.isUrgent != b.row.isUrgent
                || shownDrivers(a) != shownDrivers(b) {
                mismatches.append("\(id): hostile \(a.row.score) \(a.analysis?.drivers.map(\.phrase) ?? []), "
                                  + "benign \(b.row.score) \(b.analysis?.drivers.map(\.phrase) ?? [])")
            }
        }
        let twins = mismatches.isEmpty
        try #require(twins, "the benign twin is not a twin (fix the fixture): \(mismatches.prefix(5))")
    }

    struct Session {
        var output: [UInt8]
        var keys: Int
        /// What each key made the program write, in order (the first frame first).
        var frames: [(key: String, bytes: [UInt8])]
    }

    /// The first key after which the two runs wrote different bytes, for the failure message.
    static func firstDifference(_ a: Session, _ b: Session) -> String {
        for (index, (x, y)) in zip(a.frames, b.frames).enumerated() where x.bytes != y.bytes {
            return "key #\(index) (\(Printable.text(Array(x.key.utf8)))): hostile wrote \(Printable.text(x.bytes, limit: 1_500))\n"
                + "benign wrote \(Printable.text(y.bytes, limit: 1_500))"
        }
        return "every key wrote the same bytes"
    }

    /// Drives one store through every screen; returns all it wrote.
    private func session(store: String, scratch: ScratchFolder) throws -> Session {
        let dashboard = try DashboardUnderPTY(["--store", store], columns: 120, rows: 40, scratch: scratch)
        var keys = 0
        var frames = [(key: "", bytes: dashboard.pty.output)]
        func press(_ key: String, times: Int = 1) {
            for _ in 0..<times {
                let mark = dashboard.pty.output.count
                dashboard.pty.send(key)
                dashboard.pty.waitUntilIdle()
                frames.append((key, dashboard.pty.output(since: mark)))
                keys += 1
            }
        }
        press("1")                   // Brands: the hostile brand names
        press("j")
        press("f")                   // filter by a brand: its name in the header
        press("f")
        press("2")                   // Reviews
        // PgDn through every page: a page is 25 rows at 120x40, so 50 presses pass the end.
        press("\u{1B}[6~", times: HostileFixture.reviewCount / 20)
        press("g")
        press("j", times: Self.details - 1)                         // each review's detail beside the list
        press("\r")                  // focus the detail
        press("j", times: 20)
        press("k", times: 5)
        press("\u{1B}")              // back to the list
        press("?")                   // help
        press("j", times: 3)
        press("?")
        dashboard.pty.send("q")
        guard let exit = dashboard.pty.waitForExit(seconds: 10), exit.status == .exited(0) else {
            throw E2EError("earshot did not quit cleanly on q: \(String(describing: dashboard.pty.exit))")
        }
        return Session(output: dashboard.pty.output, keys: keys, frames: frames)
    }
}
