import GRDB

/// Items as CSV (RFC 4180: CRLF line ends, quotes where needed) for spreadsheets.
///
/// The columns are import's item fields, so the file imports again; the brand is written by
/// name, the customer by name (as `customer_name`, which import ignores), tags joined with `;`,
/// and the sentiment label and score added. A cell that starts with `=`, `+`, `-`, `@`, a tab
/// or a carriage return would run as a formula in Excel, Calc or Sheets: it gets a leading `'`
/// (OWASP's advice), except a plain number such as -0.42.
enum CSVExport {
    static let columns = [
        "id", "brand", "kind", "source", "external_id", "url", "author", "customer_name", "rating", "title", "text",
        "lang", "posted", "status", "waiting_until", "duplicate_of", "priority", "assignee", "tags", "sentiment",
        "sentiment_score",
    ]

    static let header = columns.joined(separator: ",") + "\r\n"

    static func writeRow(_ row: Row, brand: String, customer: String?, tags: [String], into out: inout String) {
        let rating: Int? = row["rating"]
        let cells: [String?] = [
            EventText.shortID(.item, row["id"]), brand, row["kind"], row["source"], row["external_id"], row["url"],
            row["author"], customer, rating.map(String.init), row["title"], row["text"], row["language"],
            ISOTime.format(row["posted"]), row["status"], EventText.time(row["waiting_until"]),
            EventText.shortID(.item, row["duplicate_of"]), row["priority"], row["assignee"],
            tags.joined(separator: ";"), row["label"], String(row["score"] as Double),
        ]
        for (index, cell) in cells.enumerated() {
            if index > 0 { out += "," }
            out += quoted(neutralised(cell ?? ""))
        }
        out += "\r\n"
    }

    /// The cell with a leading `'` when a spreadsheet would read it as a formula.
    static func neutralised(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return cell }
        if Double(cell) != nil, cell.unicodeScalars.allSatisfy({ "0123456789.-+eE".unicodeScalars.contains($0) }) {
            return cell
        }
        return "'" + cell
    }

    /// RFC 4180 quoting: cells holding a comma, quote or line break are quoted, quotes doubled.
    static func quoted(_ cell: String) -> String {
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return cell
        }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
