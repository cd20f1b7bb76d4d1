import Foundation
import Store
import StoreGenerator
import Testing

/// What keeps the lists cheap on large stores gives the same answers as reading everything:
/// the kept item counts, and pages deep in a list read from its other end.
@Suite("lists at scale", .serialized)
struct ListAtScaleTests {
    static let items = 3_000

    /// A store of generated items, with its folder to remove.
    static func store() throws -> (EarshotStore, ScratchDirectory) {
        let folder = try ScratchDirectory()
        let generated = try StoreGenerator.generate(GeneratorConfiguration(items: items, seed: 11, writesCSV: false),
                                                    into: folder.path)
        let store = try EarshotStore.open(at: folder.file("store.db"), createIfMissing: true)
        let report = try store.importFiles(generated.jsonLines)
        try #require(report.committed && report.errors.isEmpty, "the generated store did not import")
        return (store, folder)
    }

    @Test("the kept counts match counting the items: after an import, status changes and per brand")
    func keptCounts() throws {
        let (store, folder) = try Self.store()
        defer { folder.remove() }
        let newQuery = ListFilter(query: try Query(parsing: "status:new"))
        #expect(try store.reviewCount(ListFilter()) == Self.items)
        #expect(try store.attention(now: Date()).newItems == store.reviewCount(newQuery))
        let first = try store.reviewRows(newQuery, offset: 0, limit: 3)
        for row in first { try store.apply(ItemChange(status: .done), to: row.id) }
        #expect(try store.attention(now: Date()).newItems == store.reviewCount(newQuery))
        for brand in ["B1", "B2", "B5"] {
            let byKeptCount = try store.reviewCount(ListFilter(brandID: brand))
            let byQuery = try store.reviewCount(ListFilter(query: try Query(parsing: "brand:\(brand)")))
            #expect(byKeptCount == byQuery && byKeptCount > 0, "brand \(brand)")
            #expect(try store.attention(ListFilter(brandID: brand), now: Date()).newItems
                    == store.reviewCount(ListFilter(brandID: brand, query: try Query(parsing: "status:new"))))
        }
        #expect(try store.reviewCount(ListFilter()) == Self.items)
    }

    @Test("a page deep in the list holds the same rows, in the same order, as reading the whole list")
    func farPages() throws {
        let (store, folder) = try Self.store()
        defer { folder.remove() }
        let orders: [ListOrder?] = [nil, .oldest, .worstRated, .mostNegative]
        let filters = try orders.flatMap { order in
            [ListFilter(order: order), ListFilter(query: try Query(parsing: "-status:done"), order: order)]
        }
        for filter in filters {
            let total = try store.reviewCount(filter)
            let whole = try store.reviewRows(filter, offset: 0, limit: total + 10).map(\.id)
            #expect(whole.count == total)
            for offset in [total / 2 + 1, total - 200, total - 7, total - 1] {
                let page = try store.reviewRows(filter, offset: offset, limit: 200).map(\.id)
                #expect(page == Array(whole[offset..<min(total, offset + 200)]), "offset \(offset) of \(total)")
            }
        }
    }

    @Test("counts answered from the kept counts or the search indexes equal the rows the list holds")
    func countsMatchRows() throws {
        let (store, folder) = try Self.store()
        defer { folder.remove() }
        let queries = ["status:new", "-status:done brand:B2", "brand:bean -status:new", "coffee", "rude staff",
                       "\"best coffee\"", "cold", "the"]
        for query in queries {
            for brand in [nil, "B1"] {
                let filter = ListFilter(brandID: brand, query: try Query(parsing: query))
                let rows = try store.reviewRows(filter, offset: 0, limit: Self.items + 1)
                #expect(try store.reviewCount(filter) == rows.count, "\(query) within \(brand ?? "every brand")")
                // A short first page may walk the time index instead of the matches: the same rows.
                #expect(try store.reviewRows(filter, offset: 0, limit: 30).map(\.id) == rows.prefix(30).map(\.id))
            }
        }
    }
}
