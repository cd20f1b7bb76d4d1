import Foundation
import Store
import Triage

// earshot-triage-worker: one triage session in its own process, for TriageTests' two-process
// tests. It runs commands through the same TriageRunner the dashboard and the CLI use.
//
//   earshot-triage-worker STORE USER run "COMMAND" ID[@VERSION],…
//       parses COMMAND (`status done`, `tag refund`) and runs it on the ids, each expected at
//       VERSION when given.
//   earshot-triage-worker STORE USER undo
//       undoes USER's latest change group.
//
// Prints the report: `summary: …`, then one line per outcome (`applied R1 3`,
// `conflict R2 <description>`, `failed R3 <message>`). Exit 0, or 1 on an error.

let arguments = CommandLine.arguments
guard arguments.count >= 4 else {
    FileHandle.standardError.write(Data("usage: earshot-triage-worker STORE USER run COMMAND IDS | undo\n".utf8))
    exit(2)
}
do {
    let store = try EarshotStore.open(at: arguments[1], user: arguments[2])
    let runner = TriageRunner(store: store)
    let report: TriageReport
    if arguments[3] == "undo" {
        report = try runner.undoLast()
    } else {
        guard arguments.count == 6 else { exit(2) }
        var ids: [String] = []
        var expected: [String: Int] = [:]
        for target in arguments[5].split(separator: ",") {
            let parts = target.split(separator: "@")
            ids.append(String(parts[0]))
            if parts.count == 2, let version = Int(parts[1]) { expected[String(parts[0])] = version }
        }
        let action = try TriageCommandLine.parse(arguments[4], user: arguments[2], now: Date())
        report = try runner.run(action, on: ids, expected: expected)
    }
    print("summary: \(report.summary)")
    for outcome in report.outcomes {
        switch outcome {
        case .applied(let id, let version): print("applied \(id) \(version)")
        case .conflict(let conflict): print("conflict \(conflict.id) \(conflict)")
        case .failed(let id, let message): print("failed \(id) \(message)")
        }
    }
} catch {
    print("error: \(error)")
    exit(1)
}
