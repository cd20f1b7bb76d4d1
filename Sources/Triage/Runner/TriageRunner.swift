import Foundation
import Store

/// Runs triage actions on the store: the one code path behind the dashboard's keys and `:`
/// commands and the CLI's `update`, `complain`, `followup`, `done` and `undo`.
public struct TriageRunner: Sendable {
    public let store: EarshotStore
    /// Business hours and deadlines (for complaints opened here) from the config file.
    public var settings: TriageSettings

    public init(store: EarshotStore) {
        self.init(store: store, settings: TriageSettings())
    }

    public init(store: EarshotStore, settings: TriageSettings) {
        self.store = store
        self.settings = settings
    }

    /// Applies `action` to each id (R…, C…, F…, P… short ids) in one change group, so undo
    /// reverts them together.
    ///
    /// `expected` gives the version the user saw per id; when someone changed one of the
    /// same fields since, that id's outcome is a conflict naming who changed what, never a
    /// silent overwrite. Each id is its own transaction: a conflict or a failure on one
    /// leaves the others applied.
    ///
    /// - Throws: `StoreError` when the store itself fails (read-only, locked, damaged); the
    ///   ids before it stay applied.
    public func run(_ action: TriageAction, on ids: [String], expected: [String: Int] = [:]) throws -> TriageReport {
        try run([action], on: ids, expected: expected)
    }

    /// Applies several actions to each id as one change per id (one new version), as
    /// `earshot update R12 --tag a --note b` does; otherwise as `run(_:on:expected:)`.
    public func run(_ actions: [TriageAction], on ids: [String], expected: [String: Int] = [:]) throws -> TriageReport {
        let group = ChangeGroup(summary: TriageSummary.intent(actions, ids: ids))
        var outcomes: [TriageOutcome] = []
        var results: [ChangeResult] = []
        var changed: [String] = []
        for id in ids {
            do {
                let result = try apply(actions, to: id, expected: expected[id] ?? expected[id.uppercased()], group: group)
                outcomes.append(.applied(id: result.id, version: result.version))
                results.append(result)
                changed.append(id)
            } catch let refusal as TriageRefusal {
                outcomes.append(.failed(id: id, message: refusal.message))
            } catch StoreError.conflict(let conflict) {
                outcomes.append(.conflict(conflict))
            } catch let error as StoreError where error.isAboutOneEntity {
                outcomes.append(.failed(id: id, message: error.description))
            }
        }
        return TriageReport(outcomes: outcomes, summary: TriageSummary.report(actions, changed: changed, outcomes: outcomes,
                                                                                 results: results),
                            results: results)
    }

    private func apply(_ actions: [TriageAction], to id: String, expected: Int?, group: ChangeGroup) throws -> ChangeResult {
        guard let target = ShortID(id) else {
            throw TriageRefusal("'\(id)' is not an id: ids look like R12, C3, F7 or P4")
        }
        let plan = try TriagePlan.make(actions, for: target) { severity in
            settings.complaintDraft(severity: severity, openedAt: Date())
        }
        let short = target.description
        switch plan {
        case .item(let change):
            return try store.apply(change, to: short, expectedVersion: expected, group: group)
        case .complaint(let change):
            return try store.apply(change, to: short, expectedVersion: expected, group: group)
        case .followUp(let change):
            return try store.apply(change, to: short, expectedVersion: expected, group: group)
        case .openComplaint(let draft):
            return try store.openComplaint(from: short, draft, group: group)
        case .createFollowUp(let draft):
            return try store.createFollowUp(for: short, draft, group: group)
        case .reply(let text, let template, let sent):
            return try reply(text: text, template: template, sent: sent, to: short, expected: expected, group: group)
        }
    }

    /// Saves the reply, then marks it sent, as one change group; the result holds both.
    private func reply(text: String?, template: String?, sent: Bool, to id: String, expected: Int?,
                       group: ChangeGroup) throws -> ChangeResult {
        var result: ChangeResult?
        if let text {
            result = try store.saveReply(text, template: template, to: id, expectedVersion: expected, group: group)
        }
        guard sent else { return result ?? ChangeResult(id: id, version: expected ?? 0, events: []) }
        var sending = try store.markReplySent(to: id, expectedVersion: result?.version ?? expected, group: group)
        if let saved = result {
            sending.events = saved.events + sending.events
            sending.merged = saved.merged + sending.merged
        }
        return sending
    }
}
