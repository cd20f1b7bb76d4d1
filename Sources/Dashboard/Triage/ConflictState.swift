import Store

/// A change refused because someone else changed the same rows: shown with who changed what,
/// and the choice of keeping theirs, applying mine, or keeping mine as a note.
public struct ConflictState: Equatable, Sendable {
    public var request: TriageRequest
    public var conflicts: [ChangeConflict]
}
