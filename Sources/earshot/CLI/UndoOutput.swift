import Store
import Triage

/// `earshot undo --json`'s document.
enum UndoOutput {
    static func json(_ report: TriageReport) -> StoreJSON {
        return .object([
            "undone": report.undone.map { .string($0) } ?? .null,
            "summary": .string(report.summary),
            "changes": .array(report.results.map(\.json)),
            "conflicts": .array(report.conflicts.map { conflict in
                .object(["id": .string(conflict.id), "version": .int(Int64(conflict.currentVersion)),
                         "changes": .array(conflict.changes.map(\.json))])
            }),
        ])
    }
}
