import Foundation
import TerminalTestSupport
import Testing
@testable import Store

/// `earshot stats`: its JSON agrees with the counts of `earshot reviews --json`, and its tables.
@Suite struct StatsCommandTests {
    /// A generated store of 400 items ending today.
    static func setup() throws -> CommandLineTests.Setup {
        try CommandLineTests.Setup(storeText: BrandStatsTests.generated(items: 400, seed: 21, now: Date()))
    }

    /// Items of `earshot reviews QUERY` that count in the figures: spam and duplicates out, and
    /// the tagger's spam while still new.
    static func counted(_ setup: CommandLineTests.Setup, _ query: String) throws -> Int {
        let all = try setup.json("reviews", "--json", query + " -status:spam -status:duplicate")
        let untriagedSpam = try setup.json("reviews", "--json", query + " status:new is:spam")
        return try #require(all["count"] as? Int) - #require(untriagedSpam["count"] as? Int)
    }

    @Test(arguments: ["7d", "30d", "12m"])
    func jsonAgreesWithTheReviewCounts(period: String) throws {
        let setup = try Self.setup()
        defer { setup.folder.remove() }
        let stats = try setup.json("stats", "--json", "--period", period)
        #expect(stats["period"] as? String == period)
        let from = try #require(stats["from"] as? String)
        let to = try #require(stats["to"] as? String)
        let brands = try #require(stats["brands"] as? [[String: Any]])
        #expect(brands.map { $0["id"] as? String } == ["B1", "B3", "B2"])
        for brand in brands {
            let id = try #require(brand["id"] as? String)
            let scope = "brand:\(id) since:\(from) until:\(to)"
            #expect(brand["volume"] as? Int == (try Self.counted(setup, scope)), "\(id) volume")
            #expect(brand["positive"] as? Int == (try Self.counted(setup, scope + " sentiment:pos")), "\(id) positive")
            #expect(brand["negative"] as? Int == (try Self.counted(setup, scope + " sentiment:neg")), "\(id) negative")
            #expect(brand["complaints"] as? Int == (try Self.counted(setup, scope + " is:complaint")), "\(id) complaints")
            #expect(brand["rated"] as? Int == (try Self.counted(setup, scope) - Self.counted(setup, scope + " rating:none")), "\(id) rated")
        }
        #expect((brands.first?["volume"] as? Int ?? 0) > 0)
    }

    @Test func tablesAndMarkdownNameEveryBrand() throws {
        let setup = try Self.setup()
        defer { setup.folder.remove() }
        let text = try setup.run("stats", "--period", "90d")
        #expect(text.status == 0)
        #expect(text.output.contains("last 90 days") && text.output.contains("Crumb & Kettle (own)"))
        let markdown = try setup.run("stats", "--format", "md", "is:competitor")
        let lines = markdown.output.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("| ") }.count == 4) // heading, rule, two competitors
        #expect(lines.contains { $0.hasPrefix("| Bap & Go |") } && !markdown.output.contains("Crumb"))
        #expect(lines.contains { $0.hasPrefix("| --- | ---: |") })
    }

    @Test(arguments: [["--period", "5d"], ["--format", "xml"], ["rating:2"]])
    func badArgumentsGetOneLine(arguments: [String]) throws {
        let setup = try Self.setup()
        defer { setup.folder.remove() }
        let result = try ChildProcess.run(setup.earshot, ["stats"] + arguments,
                                          environment: ["EARSHOT_STORE": setup.path, "EARSHOT_USER": "tester"])
        #expect(result.status == 1 && CommandLineTests.isOneLineError(result.output), "\(result.output)")
    }
}
