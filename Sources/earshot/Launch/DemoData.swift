import Foundation

/// Where the bundled demo data is, and how to make its dates look current.
enum DemoData {
    /// The day the seeds were written for ("today" in their story), noon UTC.
    static let anchor = Date(timeIntervalSince1970: 1_795_348_800) // 2026-11-22T12:00:00Z

    /// Whole days from the anchor to `now`, in seconds: added to every date so that the story
    /// ends today, whenever the demo runs.
    static func dateShift(now: Date) -> TimeInterval {
        (now.timeIntervalSince(anchor) / 86_400).rounded(.down) * 86_400
    }

    /// The seed files in load order, from `$EARSHOT_SEEDS`, `./seeds`, or a `seeds` folder above
    /// the executable (as in a checkout: `.build/release/earshot`).
    static func seedFiles(environment: [String: String]) throws -> [String] {
        var candidates: [String] = []
        if let dir = environment["EARSHOT_SEEDS"], !dir.isEmpty { candidates.append(dir) }
        // Relative, as a user would type it: the history then says "imported from seeds/…".
        candidates.append("seeds")
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(dir.appendingPathComponent("seeds").path)
            candidates.append(dir.appendingPathComponent("share/earshot/seeds").path)
            dir.deleteLastPathComponent()
        }
        for candidate in candidates {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: candidate)) ?? []
            let seeds = files.filter { $0.hasSuffix(".jsonl") }.sorted()
            if !seeds.isEmpty { return seeds.map { candidate + "/" + $0 } }
        }
        throw LaunchError("cannot find the demo data (a seeds/ folder of .jsonl files); run earshot demo from the earshot checkout, or set EARSHOT_SEEDS to that folder")
    }
}
