/// The largest values import accepts, so one runaway field cannot fill the store or the screen.
enum FieldLimits {
    /// Item text and note text, in UTF-8 bytes.
    static let longText = 100 * 1024
    /// Names, titles, urls, ids and other one-line values, in UTF-8 bytes.
    static let shortText = 4 * 1024
    /// Tags, aliases, linked items per record.
    static let listCount = 1000
}
