/// A note on an item: who wrote it, when and what (the importing user and time when absent).
struct NoteRecord: Sendable {
    var author: String?
    var at: Double?
    var text: String
}
