import Store

/// What happened to one id of a triage command.
public enum TriageOutcome: Sendable, Hashable {
    /// Changed (or created: `id` is then the new complaint or follow-up), now at `version`;
    /// also when it already was that way (the version is then unchanged).
    case applied(id: String, version: Int)
    /// Someone else changed the same fields after the version the user saw: nothing written
    /// for this id; the conflict names who changed what, and when.
    case conflict(ChangeConflict)
    /// Not done, with why: the action does not apply to it, or there is no such id.
    case failed(id: String, message: String)

    /// The id the outcome is about.
    public var id: String {
        switch self {
        case .applied(let id, _), .failed(let id, _): return id
        case .conflict(let conflict): return conflict.id
        }
    }
}
