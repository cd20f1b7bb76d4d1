import Foundation
import Testing
@testable import Store

@Suite struct ImportFormatTests {
    @Test func jsonLinesBuildsAWholeStore() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        let report = try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore)
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.committed)
        #expect(report.imported == ImportCounts(brands: 2, customers: 2, items: 5, complaints: 3, followUps: 3, notes: 1))
        #expect(report.duplicates == 0 && report.rejected == 0)
        let first = try #require(try store.reviewDetail(id: "R1"))
        #expect(first.row.text == "Lovely flat white and friendly staff.")
        #expect(first.row.brandName == "Crumb & Kettle")
        #expect(first.row.rating == 5)
        #expect(first.row.posted == Fixtures.date("2026-03-10T09:00:00Z"))
        #expect(first.customerName == "Maya Ortiz")
        #expect(first.tags == ["regular"])
    }

    @Test func aJSONArrayWithColumnAliasesImportsItems() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        let json = """
            [
              {"Review": "Great cake", "Stars": 5, "Name": "Ann", "Date": "2026-02-01T10:00:00+01:00",
               "Platform": "Yelp", "id": "y-1", "Business": "Corner Cafe"},
              {"body": "Too loud", "score": "2", "reviewer": "Bo", "created_at": "2026-02-02",
               "site": "google", "review_id": 77, "brand": "corner cafe"}
            ]
            """
        let report = try Fixtures.importText(store, "export.json", json)
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.imported.items == 2)
        #expect(report.imported.brands == 1)
        let rows = try store.reviewRows(ListFilter(), offset: 0, limit: 10)
        #expect(rows.map(\.text) == ["Too loud", "Great cake"])
        #expect(rows.map(\.author) == ["Bo", "Ann"])
        #expect(rows.map(\.rating) == [2, 5])
        #expect(rows.map(\.source) == ["google", "yelp"])
        #expect(rows[1].posted == Fixtures.date("2026-02-01T09:00:00Z"))
        #expect(Set(rows.map(\.brandName)) == ["Corner Cafe"])
    }

    @Test func csvWithBOMCRLFAndQuotedNewlinesImportsRows() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        let csv = "\u{FEFF}Review ID,TEXT,Stars,Author,Date,Source\r\n"
            + "a1,\"Line one\r\nline two, with a comma\",4,\"Ann \"\"the critic\"\"\",2026-03-01,google\r\n"
            + "a2,Plain,3,Bo,2026-03-02T08:00:00Z,yelp\r\n"
            + "\r\n"
            + "a3,\"Crème brûlée ☕\",,Cy,2026-03-03,\r\n"
        let report = try Fixtures.importText(store, "reviews.csv", csv,
                                             options: ImportOptions(defaultBrand: "Crumb & Kettle"))
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.imported.items == 3)
        let rows = try store.reviewRows(ListFilter(), offset: 0, limit: 10)
        #expect(rows.map(\.text) == ["Crème brûlée ☕", "Plain", "Line one\r\nline two, with a comma"])
        #expect(rows.map(\.author) == ["Cy", "Bo", "Ann \"the critic\""])
        #expect(rows.map(\.rating) == [nil, 3, 4])
        #expect(rows.map(\.source) == ["other", "yelp", "google"])
        #expect(rows.allSatisfy { $0.brandName == "Crumb & Kettle" })
        let brands = try store.brandSummaries(now: Fixtures.date("2026-03-04"))
        #expect(brands.map(\.isOwn) == [true])
    }

    @Test func semicolonAndTabSeparatedCSVImport() throws {
        for (name, separator) in [("semi.csv", ";"), ("tabs.tsv", "\t")] {
            let (store, folder) = try Fixtures.store()
            defer { folder.remove() }
            let csv = ["text", "rating", "brand"].joined(separator: separator) + "\n"
                + ["Good, really", "5", "Cafe"].joined(separator: separator) + "\n"
            let report = try Fixtures.importText(store, name, csv)
            #expect(report.errors.isEmpty, "\(report.errors)")
            #expect(try store.reviewRows(ListFilter(), offset: 0, limit: 5).map(\.text) == ["Good, really"])
        }
    }

    @Test func csvErrorsNamePhysicalLinesAfterQuotedNewlines() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        let csv = "text,stars,brand\n\"two\nlines\",4,Cafe\nok,9,Cafe\n"
        let report = try Fixtures.importText(store, "r.csv", csv)
        #expect(report.errors.map(\.description) == ["r.csv:4: stars: must be a whole number from 1 to 5, or empty"])
        #expect(!report.committed)
    }

    @Test func unknownCSVColumnsAreNotedNotImported() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        let report = try Fixtures.importText(store, "r.csv", "text,brand,mood\nhi,Cafe,happy\n")
        #expect(report.imported.items == 1)
        #expect(report.warnings.contains { $0.contains("'mood'") })
    }

    @Test func csvHeaderProblemsAreReported() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        let noText = try Fixtures.importText(store, "a.csv", "author,stars\nAnn,4\n")
        #expect(noText.errors.first?.description.hasPrefix("a.csv:1: no text column") == true)
        let twice = try Fixtures.importText(store, "b.csv", "review,comment\nx,y\n")
        #expect(twice.errors.first?.message.contains("both give the text") == true)
    }
}
