/// Who an item, complaint or follow-up is given to: a user, or nobody.
public enum Assignment: Sendable, Hashable {
    case user(String)
    case nobody

    /// The stored value: the user's name, or nil for nobody.
    var storedValue: String? {
        switch self {
        case .user(let name): return name
        case .nobody: return nil
        }
    }
}
