import Foundation
import GRDB
import Testing
@testable import Store

@Suite struct QueryTests {
    @Test func termsAreParsedWithTheirColumns() throws {
        let query = try Query(parsing: #"  cold "flat white" -brand:B2 rating:<=2 tag:"two words" brun*"#)
        #expect(query.terms.map(\.column) == [3, 8, 21, 31, 42, 58])
        #expect(query.terms[0].match == .word("cold", prefix: false))
        #expect(query.terms[1].match == .phrase("flat white"))
        #expect(query.terms[2].negated && query.terms[2].match == .filter(.brand, .equal, "B2"))
        #expect(query.terms[3].match == .filter(.rating, .lessOrEqual, "2"))
        #expect(query.terms[4].match == .filter(.tag, .equal, "two words"))
        #expect(query.terms[5].match == .word("brun", prefix: true))
        #expect(try Query(parsing: "   ").isEmpty)
        #expect(try Query(parsing: "Owner:me").terms[0].match == .filter(.assignee, .equal, "me"))
    }

    @Test(arguments: [
        ("rating:<=x", 1, "rating:<=x", "whole number from 1 to 5"),
        ("cold rating:9", 6, "rating:9", "whole number"),
        (#"brand:x "cold coffee"#, 9, #""cold coffee"#, "never closed"),
        ("colour:red", 1, "colour:red", "unknown filter 'colour:'"),
        ("since:someday", 1, "since:someday", "needs a date"),
        ("status:", 1, "status:", "needs a value"),
        ("a - b", 3, "-", "negates nothing"),
        ("sentiment:angry", 1, "sentiment:angry", "pos, neu or neg"),
        (#"don"t"#, 1, #"don"t"#, "quote inside a word"),
        (#""a"b"#, 1, #""a"b"#, "space after the closing quote"),
        ("tag:>x", 1, "tag:>x", "only rating: compares"),
        ("!!!", 1, "!!!", "nothing to search for"),
    ])
    func malformedQueriesPointAtTheBadPart(text: String, column: Int, token: String, message: String) {
        #expect {
            _ = try Query(parsing: text)
        } throws: { error in
            guard let error = error as? QueryError else { return false }
            return error.column == column && error.token == token && error.message.contains(message)
                && error.description.hasPrefix("column \(column), '\(token)': ")
        }
    }

    @Test(arguments: [
        ("severity:high", QueryList.reviews, "does not apply to reviews"),
        ("status:todo", QueryList.reviews, "one of new, open, waiting, done, spam, duplicate"),
        ("rating:2", QueryList.brands, "does not apply to brands"),
        ("channel:call", QueryList.complaints, "does not apply to complaints"),
        ("is:overdue", QueryList.reviews, "is: is one of"),
        ("aspect:vibes", QueryList.reviews, "aspect: is one of price"),
    ])
    func keysThatDoNotApplyToAListAreRefused(text: String, list: QueryList, message: String) throws {
        let query = try Query(parsing: text)
        #expect {
            try query.validate(for: list)
        } throws: { error in
            (error as? QueryError)?.message.contains(message) == true
        }
    }

    /// The small store's reviews matching `text`, as ids.
    static func reviews(_ store: EarshotStore, _ text: String, brand: String? = nil) throws -> [String] {
        try store.reviewRows(ListFilter(brandID: brand, query: Query(parsing: text)), offset: 0, limit: 100).map(\.id)
    }

    @Test(arguments: [
        ("", ["R4", "R3", "R2", "R1", "R5"]),
        ("flat", ["R1"]),
        ("FLAT staff", ["R1"]),
        ("\"friendly staff\"", ["R1"]),
        ("\"staff friendly\"", [String]()),
        ("brun*", ["R2"]),
        ("thanked", ["R1"]),
        ("maya", ["R1"]),
        ("brand:B2", ["R3", "R5"]),
        ("brand:\"bean there\"", ["R3", "R5"]),
        ("brand:\"crumb and kettle\"", ["R4", "R2", "R1"]),
        ("brand:kettle -status:spam", ["R2", "R1"]),
        ("source:google", ["R3", "R1"]),
        ("status:open", ["R2"]),
        ("rating:<=2", ["R2", "R5"]),
        ("-rating:<=2", ["R4", "R3", "R1"]),
        ("rating:none", ["R4"]),
        ("rating:>=4 sentiment:pos", ["R3", "R1"]),
        ("since:2026-03-12 until:2026-03-13", ["R3", "R2"]),
        ("tag:regular", ["R1"]),
        ("-tag:regular", ["R4", "R3", "R2", "R5"]),
        ("is:complaint brand:B1", ["R2"]),
        ("is:complaint", ["R2", "R5"]),
        ("-is:complaint", ["R4", "R3", "R1"]),
        ("is:spam", ["R4"]),
        ("is:competitor", ["R3", "R5"]),
        ("kind:mention", ["R4"]),
        ("customer:P2", ["R2"]),
        ("customer:maya", ["R1"]),
        ("assignee:none brand:B2", ["R3", "R5"]),
        ("50%", [String]()),
    ])
    func reviewsMatchTheQuery(text: String, expected: [String]) throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore)
        #expect(try Self.reviews(store, text) == expected)
        #expect(try store.reviewCount(ListFilter(query: Query(parsing: text))) == expected.count)
    }

    @Test(arguments: [
        ("coff", "coff", true),
        ("cold coff", "coff", true),
        ("-coff", "coff", true),
        ("coff ", "coff", false),
        ("co", "co", false),
        ("coff*", "coff", true),
    ])
    func theWordBeingTypedMatchesAsAPrefix(text: String, word: String, prefix: Bool) throws {
        let typed = try Query(parsing: text).matchingTypedWordAsPrefix()
        #expect(typed.terms.last?.match == .word(word, prefix: prefix))
        #expect(typed.text == text)
    }

    @Test(arguments: ["\"flat white\"", "status:new", "rating:<=2", "flat status:new"])
    func onlyAFreeWordLastIsTyped(text: String) throws {
        let query = try Query(parsing: text)
        #expect(query.matchingTypedWordAsPrefix() == query)
    }

    /// Tag and aspect filters read one item's rows by the primary key; the store keeps no index
    /// of tags or aspects by name (migration v14).
    @Test func tagAndAspectFiltersNeedNoIndexByName() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore)
        let indexes = try store.pool.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('item_tag', 'item_aspect') AND sql IS NOT NULL")
        }
        #expect(indexes == [])
        #expect(try Self.reviews(store, "aspect:speed") == ["R2"])
        #expect(try Self.reviews(store, "tag:regular aspect:service") == ["R1"])
        let plans = try store.pool.read { db in
            try ["SELECT 1 FROM item i WHERE EXISTS (SELECT 1 FROM item_aspect a WHERE a.item_id = i.id AND a.aspect = 'speed')",
                 "SELECT 1 FROM item i WHERE EXISTS (SELECT 1 FROM item_tag t WHERE t.item_id = i.id AND t.tag = 'regular')"]
                .map { try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + $0).map { $0["detail"] as String }.joined(separator: "; ") }
        }
        #expect(plans.allSatisfy { $0.contains("USING PRIMARY KEY (item_id=? AND") }, "\(plans)")
    }

    @Test func theBrandFilterAndTheQueryCombine() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore)
        #expect(try Self.reviews(store, "rating:<=2", brand: "B1") == ["R2"])
    }

    @Test func theIndexFollowsNotesAndAssignments() throws {
        let (store, folder) = try Fixtures.store(user: "sam")
        defer { folder.remove() }
        try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore)
        #expect(try Self.reviews(store, "zebrafish").isEmpty)
        try store.apply(ItemChange(assignee: .user("sam"), note: "Looks like a zebrafish fan"), to: "R3")
        #expect(try Self.reviews(store, "zebrafish") == ["R3"])
        #expect(try Self.reviews(store, "assignee:me") == ["R3"])
        try Fixtures.importText(store, "more.jsonl", #"{"brand":"B1","text":"Zebrafish latte art!","posted":"2026-03-16"}"#)
        #expect(try Self.reviews(store, "zebrafish") == ["R6", "R3"])
    }

    @Test(arguments: [
        ("", ["C1", "C3", "C2"]),
        ("status:open", ["C1"]),
        ("is:unresolved", ["C1", "C3"]),
        ("brunch", ["C1"]),
        ("never", ["C1"]),
        ("refunded", ["C2"]),
        ("severity:low", ["C2"]),
        ("aspect:price", ["C3"]),
        ("source:yelp", ["C1"]),
        ("assignee:sam", ["C1"]),
        ("brand:B2", ["C2"]),
    ])
    func complaintsMatchTheQuery(text: String, expected: [String]) throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore)
        let filter = ListFilter(query: try Query(parsing: text))
        #expect(try store.complaintRows(filter, offset: 0, limit: 10).map(\.id) == expected)
        #expect(try store.complaintCount(filter) == expected.count)
    }

    @Test(arguments: [
        ("", ["F1", "F2", "F3"]),
        ("is:overdue", ["F1"]),
        ("status:done", ["F3"]),
        ("channel:note", ["F2"]),
        ("brunch", ["F1"]),
        ("tom", ["F1"]),
        ("assignee:ana", ["F1"]),
        ("severity:high", ["F1"]),
        ("rating:1", ["F1"]),
        ("until:2026-03-13", ["F1", "F3"]),
    ])
    func followUpsMatchTheQuery(text: String, expected: [String]) throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore)
        let filter = ListFilter(query: try Query(parsing: text))
        #expect(try store.followUpRows(filter, offset: 0, limit: 10, now: Fixtures.smallStoreNow).map(\.id) == expected)
        #expect(try store.followUpCount(filter, now: Fixtures.smallStoreNow) == expected.count)
    }

    @Test func brandsMatchTheQuery() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore)
        let now = Fixtures.smallStoreNow
        #expect(try store.brandSummaries(ListFilter(query: Query(parsing: "is:competitor")), now: now).map(\.id) == ["B2"])
        #expect(try store.brandSummaries(ListFilter(query: Query(parsing: "kettle")), now: now).map(\.id) == ["B1"])
        #expect(try store.brandSummaries(ListFilter(), now: now).count == 2)
    }

    @Test func hostileTextIsSearchedAsText() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore)
        for text in [#"" OR 1=1 --""#, "NEAR(a b)", "*", "a AND", "'; DROP TABLE item; --", "%_\\"] {
            if let query = try? Query(parsing: text) {
                _ = try store.reviewRows(ListFilter(query: query), offset: 0, limit: 10)
                _ = try store.complaintRows(ListFilter(query: query), offset: 0, limit: 10)
                _ = try store.followUpRows(ListFilter(query: query), offset: 0, limit: 10, now: Date())
            }
        }
        #expect(try store.reviewCount(ListFilter()) == 5)
    }
}

@Suite struct RelativeDateTests {
    /// Saturday 2026-03-14, 15:00 UTC.
    static let now = Fixtures.date("2026-03-14T15:00:00Z")

    @Test(arguments: [
        ("2026-11-25", RelativeDate.Direction.future, "2026-11-25", true),
        ("today", .future, "2026-03-14", true),
        ("tomorrow", .future, "2026-03-15", true),
        ("yesterday", .past, "2026-03-13", true),
        ("fri", .future, "2026-03-20", true),
        ("Friday", .past, "2026-03-13", true),
        ("sat", .future, "2026-03-21", true),
        ("sat", .past, "2026-03-14", true),
        ("+3d", .future, "2026-03-17", true),
        ("3d", .past, "2026-03-11", true),
        ("2w", .future, "2026-03-28", true),
        ("-1m", .future, "2026-02-14", true),
        ("12h", .past, "2026-03-14T03:00:00Z", false),
        ("2026-03-14T09:12:00+01:00", .future, "2026-03-14T08:12:00Z", false),
    ])
    func datesAsPeopleTypeThem(text: String, direction: RelativeDate.Direction, expected: String, dateOnly: Bool) throws {
        let resolved = try #require(RelativeDate.parse(text, now: Self.now, direction: direction))
        #expect(resolved.isDateOnly == dateOnly)
        #expect((dateOnly ? ISOTime.formatDate(resolved.seconds) : ISOTime.format(resolved.seconds)) == expected)
    }

    @Test func monthsKeepTheDayOrTakeTheMonthsLast() throws {
        let endOfJanuary = Fixtures.date("2026-01-31")
        #expect(RelativeDate.parse("1m", now: endOfJanuary, direction: .future).map { ISOTime.formatDate($0.seconds) } == "2026-02-28")
    }

    @Test(arguments: ["", "soon", "3x", "+d", "2026-02-30", "fri day", "9999999d"])
    func nonsenseIsNotADate(text: String) {
        #expect(RelativeDate.parse(text, now: Self.now, direction: .future) == nil)
    }
}
