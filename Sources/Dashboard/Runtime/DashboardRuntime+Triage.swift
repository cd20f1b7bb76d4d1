import Foundation
import Store
import Triage

extension DashboardRuntime {
    /// Runs a request through the triage runner; a store error becomes a failure for every id,
    /// so that a note typed for them can be given back.
    func runTriage(_ request: TriageRequest) -> TriageResult {
        do {
            let report = try runner.run(request.action, on: request.ids, expected: request.expected)
            return TriageResult(request: request, report: report)
        } catch {
            return TriageResult(request: request, summary: "Not applied: \(error)",
                                failures: request.ids.map { "\($0): \(error)" })
        }
    }

    func undo() -> TriageResult {
        do {
            return TriageResult(request: nil, report: try runner.undoLast())
        } catch {
            return TriageResult(request: nil, summary: "Nothing undone: \(error)", failures: ["\(error)"])
        }
    }

    /// Every row of `pane` under `filter` (up to `limit`), as id → version, for mark-all.
    func allInView(_ pane: Pane, filter: ListFilter, limit: Int) throws -> Action {
        let rows: [(String, Int)]
        switch pane {
        case .brands: rows = []
        case .reviews: rows = try store.reviewRows(filter, offset: 0, limit: limit + 1).map { ($0.id, $0.version) }
        case .complaints: rows = try store.complaintRows(filter, offset: 0, limit: limit + 1).map { ($0.id, $0.version) }
        case .followUps:
            rows = try store.followUpRows(filter, offset: 0, limit: limit + 1, now: state.now).map { ($0.id, $0.version) }
        }
        let kept = rows.prefix(limit)
        return .allInViewLoaded(pane, Dictionary(kept.map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first }),
                                capped: rows.count > limit)
    }

    /// Reloads what is on screen when another process wrote to the store since the last look:
    /// at every tick (at most a second apart), and after other events at most twice a second.
    func checkForOtherSessions(force: Bool) {
        let now = ProcessInfo.processInfo.systemUptime
        guard force || now - lastChangeCheck >= 0.5 else { return }
        lastChangeCheck = now
        guard let counter = try? store.externalChangeCounter() else { return }
        defer { seenChangeCounter = counter }
        guard let seen = seenChangeCounter, seen != counter else { return }
        dispatch(.storeChangedElsewhere)
    }

    /// The terminal went away: whatever was being typed (a note, a command line) is saved as
    /// a draft to offer at the next start.
    func keepTypedText() {
        guard let drafts else { return }
        let now = clock()
        if let note = state.triage.noteEditor, !note.editor.isBlank {
            _ = try? drafts.save(Draft(kind: note.reply == nil ? .note : .reply, ids: note.ids, text: note.editor.text,
                                       savedAt: now, store: store.path, template: note.reply?.template))
        }
        if let prompt = state.triage.prompt, prompt.kind == .command, !prompt.editor.isEmpty {
            _ = try? drafts.save(Draft(kind: .command, ids: [], text: prompt.editor.text, savedAt: now, store: store.path))
        }
    }
}

extension TriageResult {
    /// The dashboard's view of the runner's report.
    init(request: TriageRequest?, report: TriageReport) {
        self.init(request: request, summary: report.summary,
                  applied: report.applied.map(\.id),
                  conflicts: report.conflicts,
                  failures: report.failures.map { "\($0.id): \($0.message)" })
    }
}
