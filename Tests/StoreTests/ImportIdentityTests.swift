import Foundation
import Testing
@testable import Store

@Suite struct ImportIdentityTests {
    @Test func reimportingTheSameFilesAddsNothing() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        let csv = "text,author,brand\nNo external id here,Ann,Cafe\nNor here,Bo,Cafe\n"
        try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore)
        try Fixtures.importText(store, "plain.csv", csv)
        let again = try store.importFiles([Fixtures.input("small.jsonl", Fixtures.smallStore),
                                           Fixtures.input("plain.csv", csv)])
        #expect(again.errors.isEmpty, "\(again.errors)")
        #expect(again.imported == ImportCounts())
        #expect(again.duplicates == 17)
        #expect(try store.reviewCount(ListFilter()) == 7)
        #expect(try store.complaintCount(ListFilter()) == 3)
        #expect(try store.followUpCount(ListFilter()) == 3)
    }

    @Test func fileIDsAreKeptWhenFreeAndRemappedWhenTaken() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore)
        let second = """
            {"type":"brand","id":"B1","name":"Third Place"}
            {"id":"R1","brand":"B1","text":"A different first review","posted":"2026-03-01"}
            {"id":"R9","brand":"B1","text":"Number nine is free","posted":"2026-03-02"}
            {"type":"complaint","id":"C1","items":["R1","R9"],"category":"service","summary":"Rude","opened":"2026-03-03T10:00:00Z"}
            {"type":"followup","id":"F7","item":"R1","complaint":"C1","channel":"call","due":"2026-03-04"}
            """
        let report = try Fixtures.importText(store, "second.jsonl", second)
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.imported == ImportCounts(brands: 1, customers: 0, items: 2, complaints: 1, followUps: 1))
        // B1, R1 and C1 were taken: new numbers above everything; R9 and F7 were free.
        let complaint = try #require(try store.complaintDetail(id: "C4"))
        #expect(complaint.row.brandID == "B3")
        #expect(complaint.row.brandName == "Third Place")
        #expect(complaint.row.itemIDs == ["R9", "R10"])
        #expect(try store.reviewDetail(id: "R10")?.row.text == "A different first review")
        #expect(try store.reviewDetail(id: "R9")?.row.text == "Number nine is free")
        let followUp = try #require(try store.followUpDetail(id: "F7"))
        #expect(followUp.row.itemID == "R10" && followUp.row.complaintID == "C4" && followUp.row.brandID == "B3")
        #expect(try store.reviewDetail(id: "R1")?.row.text == "Lovely flat white and friendly staff.")
    }

    @Test func aDuplicateStandsForTheExistingRecordInLaterReferences() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore)
        let later = """
            {"type":"brand","id":"B5","name":"crumb  &  KETTLE"}
            {"id":"R7","brand":"B5","source":"google","external_id":"g-1","text":"edited elsewhere"}
            {"type":"complaint","items":["R7"],"category":"quality","summary":"Linked to the old one","opened":"2026-03-16T10:00:00Z"}
            """
        let report = try Fixtures.importText(store, "later.jsonl", later)
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.duplicates == 2)
        #expect(report.imported.complaints == 1)
        #expect(try store.reviewDetail(id: "R1")?.complaintIDs == ["C4"])
    }

    @Test func brandAliasesAndNamesMatchIgnoringCase() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore)
        let report = try Fixtures.importText(store, "a.csv", "text,business\nvia alias,CRUMB AND KETTLE\n")
        #expect(report.imported.brands == 0)
        #expect(try store.reviewRows(ListFilter(), offset: 0, limit: 1).first?.brandID == "B1")
    }

    @Test func aSecondRecordWithTheSameIDIsRejected() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        let text = """
            {"id":"R1","brand":"Cafe","text":"one"}
            {"id":"R1","brand":"Cafe","text":"two"}
            """
        let report = try Fixtures.importText(store, "d.jsonl", text)
        #expect(report.errors.map(\.description) == [
            "d.jsonl:2: id: R1 is already the id of another record (line 1): give each record its own id",
        ])
    }

    @Test func dateShiftMovesTimesBySecondsAndDatesByWholeDays() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        let shift: TimeInterval = 10 * 86_400 + 3_600
        let report = try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore, options: ImportOptions(dateShift: shift))
        #expect(report.errors.isEmpty)
        let item = try #require(try store.reviewDetail(id: "R1"))
        #expect(item.row.posted == Fixtures.date("2026-03-20T10:00:00Z"))
        #expect(item.notes.first?.at == Fixtures.date("2026-03-21T09:00:00Z"))
        let followUp = try #require(try store.followUpDetail(id: "F1"))
        #expect(followUp.row.due == Fixtures.date("2026-03-23"))
        let complaint = try #require(try store.complaintDetail(id: "C1"))
        #expect(complaint.row.resolutionDue == Fixtures.date("2026-03-29T13:00:00Z"))
    }

    @Test func anAuthorsHandleLinksTheCustomerUnlessTheRecordSaysNone() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore)
        let text = """
            {"id":"R20","brand":"B1","source":"google","author":"Maya O.","text":"Back again"}
            {"id":"R21","brand":"B1","source":"google","author":"Maya O.","customer":null,"text":"Not linked on purpose"}
            {"id":"R22","brand":"B1","source":"yelp","author":"Maya O.","text":"Other site, other person"}
            """
        try Fixtures.importText(store, "more.jsonl", text)
        #expect(try store.reviewDetail(id: "R20")?.customerID == "P1")
        #expect(try store.reviewDetail(id: "R21")?.customerID == nil)
        #expect(try store.reviewDetail(id: "R22")?.customerID == nil)
    }

    @Test func createdEventsStartEveryHistory() throws {
        let (store, folder) = try Fixtures.store(user: "maya")
        defer { folder.remove() }
        try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore)
        let history = try #require(try store.reviewDetail(id: "R2")).history
        #expect(history.count == 1)
        #expect(history.first?.user == "maya")
        #expect(history.first?.field == "created")
        #expect(history.first?.after == "imported from small.jsonl:6")
    }
}
