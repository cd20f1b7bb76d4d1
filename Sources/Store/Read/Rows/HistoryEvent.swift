import Foundation

/// One change in an entity's history: who changed which field when, from what to what.
public struct HistoryEvent: Sendable, Hashable {
    public var at: Date
    public var user: String
    /// The field changed, or "created" for the entity's first event.
    public var field: String
    public var before: String?
    public var after: String?
    /// The entity's version this change produced (nil for history written before versions were kept).
    public var version: Int?

    public init(at: Date, user: String, field: String, before: String?, after: String?, version: Int? = nil) {
        self.at = at
        self.user = user
        self.field = field
        self.before = before
        self.after = after
        self.version = version
    }
}
