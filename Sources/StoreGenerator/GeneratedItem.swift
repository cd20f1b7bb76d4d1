/// One generated item, before it is written as a JSON line and a CSV row.
struct GeneratedItem {
    /// The item's number: its file id is `R<number>`.
    var number: Int
    var brand: Int
    var kind: String
    var source: String
    var externalID: String?
    var url: String?
    var author: String
    /// The customer's number when the item is linked to one.
    var customer: Int?
    var rating: Int?
    var title: String?
    var text: String
    var language: String?
    var posted: Double
    var status: String
    var waitingUntil: Double?
    var duplicateOf: Int?
    var priority: String
    var assignee: String?
    var tags: [String]
    var notes: [(author: String, at: Double, text: String)]
    /// What the text mostly says, for complaints and follow-ups.
    var tone: ItemTone
    /// The aspect the text complains or raves about most.
    var aspect: String
}

/// The overall feeling a generated text is written with.
enum ItemTone {
    case positive, negative, mixed, neutral, spam
}
