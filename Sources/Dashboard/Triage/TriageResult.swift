import Store

/// What the runner did with a request, for the status line and the conflict dialog.
public struct TriageResult: Equatable, Sendable {
    /// The request, or nil for an undo.
    public var request: TriageRequest?
    /// One sentence for the status line ("Tagged 3 reviews refund").
    public var summary: String
    public var applied: [String]
    public var conflicts: [ChangeConflict]
    /// Ids the action did not apply to, each with why ("F2: a follow-up has no tags").
    public var failures: [String]

    public init(request: TriageRequest?, summary: String, applied: [String] = [], conflicts: [ChangeConflict] = [],
                failures: [String] = []) {
        self.request = request
        self.summary = summary
        self.applied = applied
        self.conflicts = conflicts
        self.failures = failures
    }
}
