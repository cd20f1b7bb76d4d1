import Foundation
import TerminalTestSupport
import Testing
@testable import Store

/// Several processes on one store at once, and processes killed mid-import. Each test prints
/// its figure.
@Suite(.serialized) struct MultiProcessTests {
    static let items = ["R1", "R2", "R3", "R4"]

    @Test func eightProcessesEditingTheSameItemsLoseNothing() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore)
        let worker = try ChildProcess.product("earshot-store-worker")
        let (processes, edits) = (8, 200)
        let children = try (1...processes).map { number in
            try ChildProcess.start(worker, ["edit", store.path, "p\(number)", String(edits), Self.items.joined(separator: ",")])
        }
        let results = try children.map { try $0.wait() }
        var committed = 0, conflicts = 0, errors = 0, worstP99 = 0.0
        for (status, output) in results {
            #expect(status == 0, "\(output)")
            let figures = WorkerFigures(output)
            committed += figures.committed
            conflicts += figures.conflicts
            errors += figures.errors
            worstP99 = max(worstP99, figures.p99)
        }
        var lost = 0
        for (index, item) in Self.items.enumerated() {
            let detail = try #require(try store.reviewDetail(id: item))
            let expected = Set((1...processes).flatMap { process in
                stride(from: index, to: edits, by: Self.items.count).map { "p\(process)-\($0)" }
            })
            let tags = Set(detail.tags).subtracting(["regular"])
            let notes = Set(detail.notes.map(\.text)).subtracting(["Thanked her"])
            lost += expected.subtracting(tags).count + expected.subtracting(notes).count
            let assignments = detail.history.filter { $0.field == "assignee" }
            lost += expected.subtracting(assignments.compactMap(\.after)).count
            // Replaying the history gives the item as it is: the last assignment is the assignee.
            #expect(detail.assignee == assignments.last?.after)
            #expect(detail.row.version == 1 + expected.count, "one version per committed change")
        }
        #expect(committed == processes * edits)
        #expect(errors == 0)
        #expect(lost == 0)
        #expect(try store.doctor().isHealthy)
        print("concurrency: \(processes) processes x \(edits) updates (assignee, tag and note each; read the version, "
            + "then compare-and-swap) on \(Self.items.count) items: \(lost) lost, \(errors) errors, \(grouped(committed)) committed, "
            + "\(grouped(conflicts)) conflicts detected and retried; worst process's p99 write \(String(format: "%.1f", worstP99)) ms")
    }

    @Test func anImportKilledAtRandomPointsIsAllOrNothing() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        try Fixtures.importText(store, "brands.jsonl", #"{"type":"brand","id":"B1","name":"Crumb & Kettle","own":true}"#)
        let earshot = try ChildProcess.product("earshot")
        let perFile = 200
        func file(_ trial: Int) throws -> String {
            let lines = (0..<perFile).map { index in
                #"{"brand":"B1","source":"google","author":"Guest \#(index)","rating":\#(index % 5 + 1),"text":"Trial \#(trial), visit \#(index): the flat white was lovely but the queue was slow.","posted":"2026-03-\#(String(format: "%02d", index % 28 + 1))T10:00:00Z"}"#
            }
            return try folder.write("trial-\(trial).jsonl", lines.joined(separator: "\n"))
        }
        let environment = ["EARSHOT_STORE": store.path]
        let calibration = Date()
        let first = try ChildProcess.run(earshot, ["import", try file(0)], environment: environment)
        let duration = Date().timeIntervalSince(calibration)
        #expect(first.status == 0, "\(first.output)")
        var random = SplitMix64(seed: 20_261_122)
        var (opened, healthy, rolledBack, complete, partial) = (0, 0, 0, 0, 0)
        var completedFile: String?
        let trials = 50
        for trial in 1...trials {
            let path = try file(trial)
            let before = try EarshotStore.open(at: store.path).reviewCount(ListFilter())
            let child = try ChildProcess.start(earshot, ["import", path], environment: environment)
            usleep(UInt32(Double.random(in: 0...(duration * 1.2), using: &random) * 1_000_000))
            child.kill9()
            _ = try child.wait()
            let reopened = try EarshotStore.open(at: store.path)
            opened += 1
            if try reopened.doctor().isHealthy { healthy += 1 }
            switch try reopened.reviewCount(ListFilter()) - before {
            case 0: rolledBack += 1
            case perFile:
                complete += 1
                completedFile = path
            default: partial += 1
            }
        }
        #expect(opened == trials && healthy == trials && partial == 0)
        if let completedFile {
            let again = try EarshotStore.open(at: store.path).importFiles([completedFile])
            #expect(again.committed && again.imported.items == 0 && again.duplicates == perFile)
        }
        print("kill -9 during import: \(trials) trials of a \(perFile)-item import (\(Int(duration * 1000)) ms unkilled), "
            + "killed at random 0-\(Int(duration * 1200)) ms: store opened \(opened)/\(trials), doctor healthy "
            + "\(healthy)/\(trials), \(rolledBack) rolled back, \(complete) complete, \(partial) partial")
    }

    @Test func peopleStartingOnANewStoreAtOnceAllOpenIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let earshot = try ChildProcess.product("earshot")
        let (trials, processes) = (10, 8)
        var failures: [String] = []
        for trial in 1...trials {
            let path = folder.file("new-\(trial).db")
            let children = try (1...processes).map { _ in try ChildProcess.start(earshot, ["--store", path, "init"]) }
            for (status, output) in try children.map({ try $0.wait() }) where status != 0 {
                failures.append(output)
            }
            #expect(try EarshotStore.open(at: path).doctor().isHealthy)
        }
        #expect(failures.isEmpty, "\(failures)")
        print("start-up race: \(trials) new stores x \(processes) processes opening at once: "
            + "\(trials * processes - failures.count)/\(trials * processes) opened, migrations run once each")
    }

    @Test func backupsWhileOthersWriteAreHealthy() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore)
        let worker = try ChildProcess.product("earshot-store-worker")
        let earshot = try ChildProcess.product("earshot")
        let writers = try (1...3).map { number in
            try ChildProcess.start(worker, ["edit", store.path, "w\(number)", "300", Self.items.joined(separator: ",")])
        }
        var healthy = 0
        let backups = 5
        for number in 1...backups {
            let target = folder.file("backup-\(number).db")
            let backup = try ChildProcess.run(earshot, ["--store", store.path, "backup", target])
            #expect(backup.status == 0, "\(backup.output)")
            let doctor = try ChildProcess.run(earshot, ["--store", target, "doctor"])
            if doctor.status == 0 { healthy += 1 }
        }
        let written = try writers.map { try $0.wait() }
        #expect(written.allSatisfy { $0.status == 0 })
        #expect(healthy == backups)
        print("backup while 3 processes write: \(backups) backups, doctor healthy on \(healthy)/\(backups)")
    }
}

/// 1600 as "1,600".
func grouped(_ number: Int) -> String {
    let digits = Array(String(number))
    return String(digits.enumerated().flatMap { index, digit in
        index > 0 && (digits.count - index) % 3 == 0 ? [",", digit] : [digit]
    })
}

/// The summary line of `earshot-store-worker`.
struct WorkerFigures {
    var committed = 0, conflicts = 0, errors = 0
    var p99 = 0.0

    init(_ output: String) {
        let line = output.split(separator: "\n").first { $0.hasPrefix("committed=") } ?? ""
        for pair in line.split(separator: " ") {
            let parts = pair.split(separator: "=")
            guard parts.count == 2 else { continue }
            switch parts[0] {
            case "committed": committed = Int(parts[1]) ?? 0
            case "conflicts": conflicts = Int(parts[1]) ?? 0
            case "errors": errors = Int(parts[1]) ?? 0
            case "p99_ms": p99 = Double(parts[1]) ?? 0
            default: break
            }
        }
    }
}
