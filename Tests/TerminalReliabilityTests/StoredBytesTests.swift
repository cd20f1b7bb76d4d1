import Foundation
import Store
import TerminalTestSupport
import Testing

/// S6 (research/reliability.md §1): hostile text is stored and exported byte for byte; only the
/// screen sanitises.
///
/// The hostile fixture is imported with the real binary (`earshot import FILE --store PATH`) and
/// checked three ways, field by field (author, title, text, url, tags, note text and author,
/// brand name), comparing UTF-8 bytes: read back through the store's own API
/// (`EarshotStore.reviewDetail(id:)`, what the dashboard reads); in `earshot export --format jsonl`;
/// and in a second store imported from that export (import(export(x)) == x).
@Suite("S6: hostile text survives import, store and export byte for byte")
struct StoredBytesTests {
    typealias Fields = [(name: String, value: String?)]

    @Test("S6: every hostile field reads back from the store, the JSON export and a re-import exactly as imported")
    func hostileFieldsSurviveUnchanged() throws {
        let scratch = try ScratchFolder.make("stored")
        defer { scratch.remove() }
        let binary = try BuiltProducts.earshot()
        let file = try HostileFixture(benign: false).write(to: scratch.path("hostile.jsonl"))
        _ = try HostileFixture.importWithBinary(file, store: scratch.path("store.db"))
        _ = try Command.run(binary, ["export", "--store", scratch.path("store.db"), "--format", "jsonl", "--out", scratch.path("export.jsonl")])
        _ = try HostileFixture.importWithBinary(scratch.path("export.jsonl"), store: scratch.path("again.db"))
        let store = try EarshotStore.open(at: scratch.path("store.db"))
        let again = try EarshotStore.open(at: scratch.path("again.db"))
        let exported = try ExportedItems(path: scratch.path("export.jsonl"))

        var compared = 0
        var differing: [String: [String]] = ["store": [], "export": [], "re-import": []]
        for index in 0..<HostileFixture.reviewCount {
            let expected = Self.fields(ofFixtureReview: index)
            let sources: [(String, Fields?)] = [
                ("store", try store.reviewDetail(id: "R\(index + 1)").map(Self.fields(of:))),
                ("export", exported.fields(externalID: "hostile-\(index)")),
                ("re-import", try again.reviewDetail(id: "R\(index + 1)").map(Self.fields(of:))),
            ]
            for (source, found) in sources {
                guard let found else {
                    differing[source, default: []].append("R\(index + 1) is missing")
                    continue
                }
                for (want, got) in zip(expected, found) where want.value != nil || got.value != nil {
                    compared += 1
                    // UTF-8 bytes, not String ==, which would accept canonically equivalent text.
                    if want.value.map({ Array($0.utf8) }) != got.value.map({ Array($0.utf8) }) {
                        differing[source, default: []].append("R\(index + 1) \(want.name): "
                            + "\(Printable.text(Array((got.value ?? "nil").utf8))), imported \(Printable.text(Array((want.value ?? "nil").utf8)))")
                    }
                }
            }
        }
        let counts = ["store", "export", "re-import"].map { "\($0) \(differing[$0]?.count ?? 0)" }.joined(separator: ", ")
        print("S6: \(compared) hostile field values of \(HostileFixture.reviewCount) reviews (earshot import, then "
              + "EarshotStore.reviewDetail, earshot export --format jsonl, and a re-import of that export) differing by a byte: \(counts)")
        let identical = differing.values.allSatisfy(\.isEmpty)
        #expect(identical, "\(differing.values.flatMap { $0.prefix(5) }.joined(separator: "\n"))")
    }

    /// The compared fields of review `index` as the fixture wrote them, in a fixed order.
    static func fields(ofFixtureReview index: Int) -> Fields {
        let record = HostileFixture.review(index, show: { $0 })
        let note = (record["notes"] as? [[String: String]])?.first
        return [
            ("author", record["author"] as? String),
            ("title", record["title"] as? String),
            ("text", record["text"] as? String),
            ("url", record["url"] as? String),
            ("tags", (record["tags"] as? [String])?.joined(separator: "|")),
            ("note text", note?["text"]),
            ("note author", note?["author"]),
            ("brand", HostileFixture.brandNames[record["brand"] as? String ?? ""]),
        ]
    }

    static func fields(of detail: ReviewDetail) -> Fields {
        [
            ("author", detail.row.author),
            ("title", detail.row.title),
            ("text", detail.row.text),
            ("url", detail.url),
            ("tags", detail.tags.joined(separator: "|")),
            ("note text", detail.notes.first?.text),
            ("note author", detail.notes.first?.author),
            ("brand", detail.row.brandName),
        ]
    }

    /// The items and brands of an `earshot export --format jsonl` file.
    struct ExportedItems {
        var items: [String: [String: Any]] = [:]
        var brands: [String: String] = [:]

        init(path: String) throws {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            for line in text.split(separator: "\n") {
                guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
                switch object["type"] as? String {
                case "item": if let id = object["external_id"] as? String { items[id] = object }
                case "brand": if let id = object["id"] as? String { brands[id] = object["name"] as? String }
                default: break
                }
            }
        }

        func fields(externalID: String) -> Fields? {
            guard let item = items[externalID] else { return nil }
            let note = (item["notes"] as? [[String: Any]])?.first
            let tags = (item["tags"] as? [String]) ?? []
            return [
                ("author", item["author"] as? String),
                ("title", item["title"] as? String),
                ("text", item["text"] as? String),
                ("url", item["url"] as? String),
                ("tags", tags.joined(separator: "|")),
                ("note text", note?["text"] as? String),
                ("note author", note?["author"] as? String),
                ("brand", (item["brand"] as? String).flatMap { brands[$0] }),
            ]
        }
    }
}
