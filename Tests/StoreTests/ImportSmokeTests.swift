import Foundation
import Testing
@testable import Store

@Suite struct ImportSmokeTests {
    @Test func smallStoreImports() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        let report = try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore)
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.committed)
        #expect(report.imported == ImportCounts(brands: 2, customers: 2, items: 5, complaints: 1, followUps: 2, notes: 1))
    }
}
