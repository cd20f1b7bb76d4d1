import Foundation
import Sentiment
import Testing
@testable import Store

/// Imports larger than one tagging window (`ItemTagging.windowSize`): items on both sides of a
/// window's edge are tagged like the rest, and a bad record in a later window still keeps the
/// whole import out.
@Suite struct ImportWindowTests {
    static let itemCount = ItemTagging.windowSize + 3

    /// One item per line; even lines praise, odd lines complain, so the labels alternate. The
    /// item on `badLine` repeats one that does not exist, which only the writer can tell.
    static func items(badLine: Int? = nil) -> String {
        (1...itemCount).map { number in
            let text = number % 2 == 0 ? "Lovely flat white, friendly staff \(number)" : "Rude staff and cold coffee \(number)"
            let bad = number == badLine ? #","status":"duplicate","duplicate_of":"R999999""# : ""
            return #"{"id":"R\#(number)","brand":"Cafe","source":"google","author":"A\#(number)","text":"\#(text)","posted":"2026-03-10T09:00:00Z"\#(bad)}"#
        }.joined(separator: "\n")
    }

    @Test func itemsOnBothSidesOfAWindowEdgeAreTaggedLikeTheRest() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        let report = try Fixtures.importText(store, "many.jsonl", Self.items())
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.imported.items == Self.itemCount)
        for number in [1, ItemTagging.windowSize, ItemTagging.windowSize + 1, Self.itemCount] {
            let detail = try #require(try store.reviewDetail(id: "R\(number)"))
            let expected = SentimentTagger().analyze(detail.row.text)
            #expect(detail.row.score == expected.score, "R\(number)")
            #expect(detail.row.label == expected.label, "R\(number)")
            #expect(detail.analysis == expected, "R\(number)")
        }
    }

    @Test func aBadRecordInALaterWindowKeepsEveryWindowOut() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        let report = try Fixtures.importText(store, "many.jsonl", Self.items(badLine: Self.itemCount - 1))
        #expect(!report.committed)
        #expect(report.errors.map(\.line) == [Self.itemCount - 1])
        #expect(report.errors.first?.field == "duplicate_of")
        #expect(try store.reviewCount(ListFilter()) == 0)
    }
}
