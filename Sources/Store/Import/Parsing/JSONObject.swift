/// A JSON object: its members in file order and the line where it starts.
struct JSONObject: Sendable, Hashable {
    var line: Int
    var members: [JSONMember]

    /// The member whose key equals `key` ignoring letter case.
    func member(_ key: String) -> JSONMember? {
        members.first { $0.key.lowercased() == key }
    }
}
