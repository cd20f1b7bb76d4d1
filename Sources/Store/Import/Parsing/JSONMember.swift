/// One `"key": value` pair and the line of its key.
struct JSONMember: Sendable, Hashable {
    var key: String
    /// The field the key names, nil for a key no decoder reads.
    var name: FieldName?
    var value: JSONValue
    var line: Int
}
