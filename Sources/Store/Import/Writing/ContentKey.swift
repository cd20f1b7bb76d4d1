/// The keys that make re-importing the same file add nothing.
///
/// Items: the source's own id when there is one (per brand, because exports of different
/// businesses number their reviews independently), else a SHA-256 of what the customer wrote
/// and when. Complaints and follow-ups: a SHA-256 of the fields that identify them.
enum ContentKey {
    static func item(brand: Int64, source: String, externalID: String?, author: String, title: String?,
                     text: String, posted: Double?) -> String {
        if let externalID {
            return "x:\(brand):\(source):\(externalID)"
        }
        return "h:" + hash([String(brand), source, author, title ?? "", text, posted.map(timeText) ?? ""])
    }

    static func complaint(brand: Int64, customer: Int64?, category: String, summary: String, opened: Double) -> String {
        "h:" + hash([String(brand), customer.map(String.init) ?? "", category, summary, timeText(opened)])
    }

    static func followUp(customer: Int64?, item: Int64?, complaint: Int64?, channel: String, due: Double,
                         reason: String) -> String {
        "h:" + hash([customer.map(String.init) ?? "", item.map(String.init) ?? "",
                     complaint.map(String.init) ?? "", channel, timeText(due), reason])
    }

    /// Fields joined with the ASCII unit separator, which cannot appear unnoticed in a field.
    private static func hash(_ fields: [String]) -> String {
        SHA256.hex(fields.joined(separator: "\u{1F}").utf8)
    }

    private static func timeText(_ seconds: Double) -> String {
        String(Int64((seconds * 1000).rounded()))
    }
}
