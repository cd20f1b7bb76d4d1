import Foundation
import Store
import TerminalTestSupport
import Testing

/// S6 (research/reliability.md §1): hostile text is stored byte for byte; only the screen sanitises.
///
/// The hostile fixture is imported with the real binary (`earshot import FILE --store PATH`) and
/// every review is read back through the store's own API (`EarshotStore.reviewDetail(id:)`, what
/// the dashboard reads): author, title, text, url, tags, notes and brand name must equal, scalar
/// for scalar and byte for byte, what the file held. (The checklist says "import → store → JSON
/// export"; `earshot export` is not written yet, so the store's read API stands in for it.)
@Suite("S6: hostile text survives import byte for byte")
struct StoredBytesTests {
    @Test("S6: every hostile field reads back from the store exactly as imported")
    func hostileFieldsReadBackUnchanged() throws {
        let scratch = try ScratchFolder.make("stored")
        defer { scratch.remove() }
        let file = try HostileFixture(benign: false).write(to: scratch.path("hostile.jsonl"))
        _ = try HostileFixture.importWithBinary(file, store: scratch.path("store.db"))
        let store = try EarshotStore.open(at: scratch.path("store.db"))

        var compared = 0
        var differing: [String] = []
        for index in 0..<HostileFixture.reviewCount {
            let expected = HostileFixture.review(index, show: { $0 })
            guard let detail = try store.reviewDetail(id: "R\(index + 1)") else {
                differing.append("R\(index + 1) is missing")
                continue
            }
            var fields: [(String, String?, String?)] = [
                ("author", expected["author"] as? String, detail.row.author),
                ("title", expected["title"] as? String, detail.row.title),
                ("text", expected["text"] as? String, detail.row.text),
                ("url", expected["url"] as? String, detail.url),
                ("tags", (expected["tags"] as? [String])?.joined(separator: "|"), detail.tags.joined(separator: "|")),
                ("brand", index % 3 == 0 ? "Beanline\u{9B}2J Coffee" : "Crumb \u{1B}]2;brand-title\u{07}& \u{202E}Kettle", detail.row.brandName),
            ]
            if let notes = expected["notes"] as? [[String: String]] {
                fields.append(("note", notes.first?["text"], detail.notes.first?.text))
                fields.append(("note author", notes.first?["author"], detail.notes.first?.author))
            }
            for (name, want, got) in fields {
                if want == nil && got == nil { continue }  // a field this record does not have
                compared += 1
                // Compare the UTF-8 bytes: String equality would accept canonically equivalent text.
                if want.map({ Array($0.utf8) }) != got.map({ Array($0.utf8) }) {
                    differing.append("R\(index + 1) \(name): stored \(Printable.text(Array((got ?? "nil").utf8))), "
                                     + "imported \(Printable.text(Array((want ?? "nil").utf8)))")
                }
            }
        }
        print("S6: \(compared) hostile fields of \(HostileFixture.reviewCount) reviews imported with earshot import and read back "
              + "through EarshotStore.reviewDetail: \(differing.count) differ by a byte")
        let identical = differing.isEmpty
        #expect(identical, "\(differing.prefix(10).joined(separator: "\n"))")
    }
}
