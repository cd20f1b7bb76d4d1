/// One new item's searchable fields, as the writer inserted them, for the search index: built
/// aside from them (`ItemSearchBuild`), or by the writer from the item rows (`SearchDeferral`).
struct ItemSearchRow: Sendable {
    var id: Int64
    var title: String?
    var text: String
    var author: String
}
