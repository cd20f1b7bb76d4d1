/// What a change did: the entity, its version afterwards, and the history it appended.
public struct ChangeResult: Sendable, Hashable {
    /// The short id of the entity changed or created ("R12", "C21").
    public var id: String
    /// The entity's version after the change (unchanged when nothing changed).
    public var version: Int
    /// The events this change appended, in order; empty when it changed nothing.
    public var events: [HistoryEvent]
    /// Other people's changes made after the version the caller read, which this change was
    /// merged with (they touched other fields, or only added tags and notes).
    public var merged: [HistoryEvent]

    public init(id: String, version: Int, events: [HistoryEvent], merged: [HistoryEvent] = []) {
        self.id = id
        self.version = version
        self.events = events
        self.merged = merged
    }

    /// True when something was written.
    public var changed: Bool { !events.isEmpty }
}
