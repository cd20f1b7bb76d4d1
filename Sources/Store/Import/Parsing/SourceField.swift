/// One field of a source record: its name as written (for messages), value and line.
struct SourceField: Sendable {
    var label: String
    var value: JSONValue
    var line: Int
}
