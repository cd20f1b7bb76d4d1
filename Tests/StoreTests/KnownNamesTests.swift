import Testing
@testable import Store

/// The names offered when completing `assign`, `@owner` and `tag` on the `:` line.
@Suite struct KnownNamesTests {
    @Test func peopleAndTagsComeFromChangesOwnersAndItemTags() throws {
        let (store, folder) = try Fixtures.store(user: "sam")
        defer { folder.remove() }
        try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore)
        let maya = try EarshotStore.open(at: store.path, user: "maya")
        try maya.apply(ItemChange(addTags: ["refund", "Zed"]), to: "R2")

        let names = try store.knownNames()
        #expect(Set(["ana", "maya", "sam"]).isSubset(of: Set(names.people)), "\(names.people)")
        #expect(names.people == names.people.sorted() && Set(names.people).count == names.people.count)
        #expect(names.tags == ["refund", "regular", "zed"], "\(names.tags)")
        #expect(try store.knownNames(limit: 1).tags.count == 1)
    }

    @Test func anEmptyStoreKnowsNobody() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        #expect(try store.knownNames() == KnownNames())
    }
}
