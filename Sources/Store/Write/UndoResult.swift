/// What an undo did: the change group it reverted, the entities it changed back, and those
/// it left alone because someone changed them again since.
public struct UndoResult: Sendable, Hashable {
    /// The summary of the group undone ("Tagged 3 reviews refund"); nil when there was
    /// nothing of this user's left to undo.
    public var undone: String?
    /// One result per entity changed back (its new version and the events of the undo), or
    /// removed (an undone complaint or follow-up: its last event is `deleted`).
    public var results: [ChangeResult]
    /// Entities left as they are: another change to the same fields came after the one undone.
    public var conflicts: [ChangeConflict]

    public init(undone: String?, results: [ChangeResult], conflicts: [ChangeConflict]) {
        self.undone = undone
        self.results = results
        self.conflicts = conflicts
    }
}
