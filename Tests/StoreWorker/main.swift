import Foundation
import Store

// earshot-store-worker: one store session in its own process, for StoreTests' multi-process
// tests. It keeps the store open like a dashboard session and makes changes through the same
// write API the dashboard calls.
//
//   earshot-store-worker edit STORE USER COUNT R1,R2,…
//       COUNT edits in the edit-form pattern: read the item's version, then apply a change
//       (assignee, a tag and a note, all named USER-k) with that version expected; a conflict
//       (someone changed the assignee in between) is counted and the edit read and tried again.
//       Between reading and saving it waits up to 1 ms, as a person at a form would (longer).
//
// Prints one line: `committed=N conflicts=N errors=N p50_ms=X p99_ms=X`, then any error messages.

let arguments = CommandLine.arguments
guard arguments.count == 6, arguments[1] == "edit", let count = Int(arguments[4]) else {
    FileHandle.standardError.write(Data("usage: earshot-store-worker edit STORE USER COUNT R1,R2,…\n".utf8))
    exit(2)
}
let (path, user) = (arguments[2], arguments[3])
let items = arguments[5].split(separator: ",").map(String.init)

var committed = 0
var conflicts = 0
var errors: [String] = []
var latencies: [Double] = []
do {
    let store = try EarshotStore.open(at: path, user: user)
    for step in 0..<count {
        let item = items[step % items.count]
        let name = "\(user)-\(step)"
        let change = ItemChange(assignee: .user(name), addTags: [name], note: name)
        var attempts = 0
        while attempts < 1000 {
            attempts += 1
            let started = Date()
            do {
                let version = try store.version(of: item)
                // A person reads, then saves a moment later: others may save in between.
                usleep(UInt32.random(in: 0...1000))
                try store.apply(change, to: item, expectedVersion: version)
                latencies.append(Date().timeIntervalSince(started) * 1000)
                committed += 1
                break
            } catch StoreError.conflict {
                conflicts += 1
            } catch {
                errors.append("\(item) step \(step): \(error)")
                break
            }
        }
    }
} catch {
    errors.append("open: \(error)")
}
let sorted = latencies.sorted()
let p50 = sorted.isEmpty ? 0 : sorted[sorted.count / 2]
let p99 = sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, sorted.count * 99 / 100)]
print("committed=\(committed) conflicts=\(conflicts) errors=\(errors.count) "
    + String(format: "p50_ms=%.2f p99_ms=%.2f", p50, p99))
for error in errors.prefix(20) { print(error) }
exit(errors.isEmpty ? 0 : 1)
