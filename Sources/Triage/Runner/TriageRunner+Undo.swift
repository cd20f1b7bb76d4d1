import Store

extension TriageRunner {
    /// Reverts this user's latest change group (a bulk change included) through the store's
    /// history; the undo is itself recorded, so `earshot show ID` lists it. What someone else
    /// changed again since is left as they made it and reported as a conflict.
    public func undoLast() throws -> TriageReport {
        let undo = try store.undoLastChange()
        guard let undone = undo.undone else { return TriageReport(outcomes: [], summary: "Nothing to undo") }
        let outcomes = undo.results.map { TriageOutcome.applied(id: $0.id, version: $0.version) }
            + undo.conflicts.map(TriageOutcome.conflict)
        let summary = (undo.results.isEmpty ? "Could not undo: \(undone)" : "Undid: \(undone)")
            + TriageSummary.problems(outcomes)
        return TriageReport(outcomes: outcomes, summary: summary, results: undo.results, undone: undone)
    }
}
