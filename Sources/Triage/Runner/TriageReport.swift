import Store

/// What a triage command did: one outcome per id, the store's account of each change, and
/// one sentence for the status line ("Tagged 3 reviews refund").
public struct TriageReport: Sendable, Hashable {
    public var outcomes: [TriageOutcome]
    public var summary: String
    /// The changes written, in the order of `outcomes`' applied ids: events and merged
    /// changes for `--json` and the CLI's text.
    public var results: [ChangeResult]
    /// For an undo: the summary of the command undone; nil when there was nothing to undo
    /// (and for other commands).
    public var undone: String?

    public init(outcomes: [TriageOutcome], summary: String, results: [ChangeResult] = [], undone: String? = nil) {
        self.outcomes = outcomes
        self.summary = summary
        self.results = results
        self.undone = undone
    }

    /// The conflicts, in order.
    public var conflicts: [ChangeConflict] {
        outcomes.compactMap { if case .conflict(let conflict) = $0 { return conflict } else { return nil } }
    }

    /// The ids that failed, with why.
    public var failures: [(id: String, message: String)] {
        outcomes.compactMap { if case .failed(let id, let message) = $0 { return (id, message) } else { return nil } }
    }

    /// The ids changed or created, with their versions.
    public var applied: [(id: String, version: Int)] {
        outcomes.compactMap { if case .applied(let id, let version) = $0 { return (id, version) } else { return nil } }
    }
}
