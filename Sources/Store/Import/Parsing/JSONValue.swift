/// A parsed JSON value. Objects keep their members in file order with the line of each key,
/// so that an error can name the line of the field it is about.
enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// The value and its text as written (to tell 4 from 4.0 and keep big ids exact).
    case number(Double, text: String)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// A short name of the value's type for messages ("a number", "an object").
    var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "true/false"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "a list"
        case .object: return "an object"
        }
    }
}
