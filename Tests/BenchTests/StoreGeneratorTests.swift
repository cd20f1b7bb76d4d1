import Foundation
import Store
import StoreGenerator
import Testing

@Suite("Store generator")
struct StoreGeneratorTests {
    @Test("the same seed writes the same bytes; another seed does not")
    func deterministic() throws {
        let first = try ScratchDirectory(), second = try ScratchDirectory(), other = try ScratchDirectory()
        defer { first.remove(); second.remove(); other.remove() }
        let configuration = GeneratorConfiguration(items: 3_000, seed: 42)
        let a = try StoreGenerator.generate(configuration, into: first.path)
        let b = try StoreGenerator.generate(configuration, into: second.path)
        let c = try StoreGenerator.generate(GeneratorConfiguration(items: 3_000, seed: 43), into: other.path)
        for (x, y) in zip(a.jsonLines + [a.csv ?? ""], b.jsonLines + [b.csv ?? ""]) {
            #expect(FileManager.default.contents(atPath: x) == FileManager.default.contents(atPath: y))
        }
        #expect(FileManager.default.contents(atPath: a.jsonLines[2]) != FileManager.default.contents(atPath: c.jsonLines[2]))
    }

    @Test("the JSON Lines files import with nothing rejected, and the counts agree", arguments: [1, 2_000])
    func importsCleanly(items: Int) throws {
        let folder = try ScratchDirectory()
        defer { folder.remove() }
        let generated = try StoreGenerator.generate(GeneratorConfiguration(items: items, seed: 7), into: folder.path)
        let store = try EarshotStore.open(at: folder.file("store.db"), createIfMissing: true)
        let report = try store.importFiles(generated.jsonLines)
        #expect(report.errors.map(\.description) == [])
        #expect(report.committed)
        #expect(report.imported.items == generated.items)
        #expect(report.imported.brands == generated.brands)
        #expect(report.imported.customers == generated.customers)
        #expect(report.imported.complaints == generated.complaints)
        #expect(report.imported.followUps == generated.followUps)
        #expect(try store.reviewCount(ListFilter()) == items)
    }

    @Test("the CSV imports every item; its rows spread over sources, languages, ratings and a year")
    func csvAndVariety() throws {
        let folder = try ScratchDirectory()
        defer { folder.remove() }
        let generated = try StoreGenerator.generate(GeneratorConfiguration(items: 5_000, seed: 3), into: folder.path)
        let store = try EarshotStore.open(at: folder.file("store.db"), createIfMissing: true)
        let csv = try #require(generated.csv)
        let report = try store.importFiles([csv])
        #expect(report.errors.map(\.description) == [])
        #expect(report.imported.items == 5_000)
        for query in ["source:google", "source:email", "source:social", "lang:fr", "rating:1", "rating:5",
                      "status:done", "status:new", "status:waiting", "status:duplicate", "tag:regular",
                      "sentiment:negative", "sentiment:positive", "since:2026-11-01", "until:2025-12-01"] {
            let count = try store.reviewCount(ListFilter(query: try Query(parsing: query)))
            #expect(count > 0, "no item matches \(query)")
        }
        let foreign = try store.reviewCount(ListFilter(query: try Query(parsing: "-lang:en")))
        #expect(foreign < 5_000 / 4, "most items are in English")
    }

    @Test("ratings agree with the tagger: five-star items score higher than one-star items")
    func ratingsFollowSentiment() throws {
        let folder = try ScratchDirectory()
        defer { folder.remove() }
        let generated = try StoreGenerator.generate(GeneratorConfiguration(items: 3_000, seed: 5), into: folder.path)
        let store = try EarshotStore.open(at: folder.file("store.db"), createIfMissing: true)
        _ = try store.importFiles(generated.jsonLines)
        let fiveStarPositive = try store.reviewCount(ListFilter(query: try Query(parsing: "rating:5 sentiment:positive")))
        let fiveStar = try store.reviewCount(ListFilter(query: try Query(parsing: "rating:5")))
        let oneStarNegative = try store.reviewCount(ListFilter(query: try Query(parsing: "rating:1 sentiment:negative")))
        let oneStar = try store.reviewCount(ListFilter(query: try Query(parsing: "rating:1")))
        #expect(Double(fiveStarPositive) > 0.7 * Double(fiveStar))
        #expect(Double(oneStarNegative) > 0.7 * Double(oneStar))
    }
}
