import Store

/// A named query from the config file: `view urgent is:urgent -status:done`.
public struct SavedView: Equatable, Sendable {
    public var name: String
    public var query: Query

    public init(name: String, query: Query) {
        self.name = name
        self.query = query
    }
}
