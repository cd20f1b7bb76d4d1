import Foundation

/// Bits of the demo data that the Reviews pane shows: authors' names and the opening words of texts.
///
/// Which reviews are on screen depends on the pane's order and height, so a screen passes when it
/// shows any of them: the point is that data from `seeds/` went through import and store to the screen.
public struct SeedSamples {
    public var phrases: [String]

    /// Reads every voice item in the `.jsonl` files of `folder`.
    public static func load(from folder: URL) throws -> SeedSamples {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".jsonl") }.sorted()
        guard !files.isEmpty else { throw E2EError("no .jsonl files in \(folder.path): the demo data is missing") }
        var phrases: [String] = []
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(whereSeparator: \.isNewline) {
                guard let data = line.data(using: .utf8),
                      let record = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                      isItem(record) else { continue }
                phrases += samples(of: record)
            }
        }
        guard !phrases.isEmpty else { throw E2EError("no voice items with an author or text in \(folder.path)") }
        return SeedSamples(phrases: phrases)
    }

    /// The first phrase that `screen` shows, if any.
    public func firstVisible(in screen: String) -> String? {
        phrases.first { screen.contains($0) }
    }

    private static func isItem(_ record: [String: Any]) -> Bool {
        let type = (record["type"] as? String)?.lowercased() ?? "item"
        return ["item", "review", "mention", "message", "survey"].contains(type)
    }

    /// The author's name and the text's opening words, when plain ASCII (so width cannot get in the way).
    private static func samples(of record: [String: Any]) -> [String] {
        var found: [String] = []
        let author = (record["author"] as? String) ?? ((record["author"] as? [String: Any])?["name"] as? String)
        if let author, author.count >= 5, author.allSatisfy({ $0.isASCII && !$0.isNewline }) {
            found.append(author)
        }
        if let text = (record["text"] as? String) ?? (record["body"] as? String) {
            let words = text.split(separator: " ").prefix(3).joined(separator: " ")
            if words.count >= 10, words.allSatisfy({ $0.isASCII && !$0.isNewline }) { found.append(words) }
        }
        return found
    }
}
