import Foundation
import TerminalTestSupport

/// A JSON Lines file of reviews full of ``HostileText`` payloads, and its benign twin.
///
/// Payloads sit in every field the dashboard shows: brand name, author, title, text (also at its
/// very end, and split across fields: a title ending in ESC before a text starting with `]0;`),
/// url, tags and notes. The benign twin is the same file with every field replaced by what the
/// screen should show for it (``HostileText/benign(_:)``), so both draw the same screens.
struct HostileFixture {
    static let reviewCount = 1_000

    /// The brands' names: an OSC 2 title and an RLO in one, an 8-bit CSI in the other.
    static let ownBrand = "Crumb \u{1B}]2;brand-title\u{07}& \u{202E}Kettle"
    static let competitor = "Beanline\u{9B}2J Coffee"
    static let brandNames = ["B1": ownBrand, "B2": competitor]

    /// One record per line: two brands, then the reviews.
    let lines: [String]

    init(benign: Bool) {
        let show: (String) -> String = { benign ? HostileText.benign($0) : $0 }
        let own: [String: Any] = ["type": "brand", "id": "B1", "name": show(Self.ownBrand), "own": true]
        let competitor: [String: Any] = ["type": "brand", "id": "B2", "name": show(Self.competitor), "own": false]
        var lines = [Self.json(own), Self.json(competitor)]
        for index in 0..<Self.reviewCount {
            lines.append(Self.json(Self.review(index, show: show)))
        }
        self.lines = lines
    }

    /// Writes the file; returns its path.
    func write(to path: String) throws -> String {
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The text fields of review `index` as the file holds them (hostile or benign).
    static func review(_ index: Int, show: (String) -> String) -> [String: Any] {
        let payloads = HostileText.payloads
        let first = payloads[index % payloads.count]
        let second = payloads[(index * 7 + 3) % payloads.count]
        let third = payloads[(index * 13 + 5) % payloads.count]
        var text = "#\(index) The coffee was \(first) served at the counter \(second) and the bun \(third)"
        if index % 4 == 0 {
            text += "\nSecond paragraph \(third) about the table by the window.\n\n"
                + String(repeating: "More words about the visit \(first) ", count: 6)
        }
        if index % 10 == 0 { text = "]0;split-title\u{07}" + text }      // follows a title ending in ESC
        if index % 10 == 1 { text += "\u{1B}" }                          // ESC at the very end
        var record: [String: Any] = [
            "type": "item",
            "id": "R\(index + 1)",
            "brand": index % 3 == 0 ? "B2" : "B1",
            "kind": "review",
            "source": "google",
            "external_id": "hostile-\(index)",
            "author": show("Author\(index) \(second) Smith"),
            "rating": 1 + index % 5,
            "text": show(text),
            "lang": "en",
            "posted": Self.timestamp(hours: index),
            "status": index % 2 == 0 ? "new" : "open",
            "priority": "normal",
            "tags": [show("tag\u{202E}\(index % 3)")],
            "url": show("https://example.com/r/\(index)" + (index % 6 == 0 ? "\u{1B}]8;;x\u{07}" : "")),
        ]
        if index % 3 == 0 { record["title"] = show("Visit \(third)" + (index % 10 == 0 ? " \u{1B}" : "")) }
        if index % 5 == 0 {
            record["notes"] = [["author": show("sam\u{1B}]0;note\u{07}"), "at": "2020-06-01T10:00:00Z",
                                "text": show("called back \(first)")]]
        }
        return record
    }

    /// 2020-01-01T00:00:00Z plus `hours`: well in the past, so dates show as "Jan'20" whatever the day.
    static func timestamp(hours: Int) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date(timeIntervalSince1970: 1_577_836_800 + Double(hours) * 3_600))
    }

    /// A JSON object with keys in a fixed order and strings escaped by hand, so exactly these
    /// bytes reach the importer: control characters as `\u00XX`, everything else as UTF-8.
    static func json(_ value: Any) -> String {
        switch value {
        case let object as [String: Any]:
            return "{" + object.keys.sorted().map { "\(string($0)):\(json(object[$0] ?? ""))" }.joined(separator: ",") + "}"
        case let list as [Any]:
            return "[" + list.map(json).joined(separator: ",") + "]"
        case let text as String:
            return string(text)
        case let flag as Bool:
            return flag ? "true" : "false"
        case let number as Int:
            return String(number)
        default:
            return "null"
        }
    }

    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Imports `file` into a new store at `store` with the real binary (`earshot import FILE --store PATH`).
    static func importWithBinary(_ file: String, store: String) throws -> String {
        try Command.run(try BuiltProducts.earshot(), ["import", file, "--store", store])
    }
}
