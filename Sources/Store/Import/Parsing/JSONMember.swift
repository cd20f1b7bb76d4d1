/// One `"key": value` pair and the line of its key.
struct JSONMember: Sendable, Hashable {
    var key: String
    var value: JSONValue
    var line: Int
}
