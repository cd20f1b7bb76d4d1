import Foundation
import Testing
@testable import Triage

/// `earshot undo` and the rewritten change commands, run as the real binary.
@Suite struct UndoCommandTests {
    static func earshot(_ fixture: TriageFixture, user: String = "sam", _ arguments: String...) throws
        -> (status: Int32, output: String) {
        let folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let process = Process()
        process.executableURL = folder.appendingPathComponent("earshot")
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["EARSHOT_STORE": fixture.path, "EARSHOT_USER": user, "XDG_CONFIG_HOME": fixture.folder]) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func undoRevertsTheLatestCommandAndShowListsIt() throws {
        let fixture = try TriageFixture()
        defer { fixture.remove() }
        #expect(try Self.earshot(fixture, "update", "R3", "--tag", "refund", "--priority", "high").status == 0)
        let undo = try Self.earshot(fixture, "undo", "--json")
        #expect(undo.status == 0, "\(undo.output)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(undo.output.utf8)) as? [String: Any])
        #expect(json["undone"] as? String == "Updated R3")
        #expect((json["changes"] as? [[String: Any]])?.first?["version"] as? Int == 3)
        let shown = try Self.earshot(fixture, "show", "R3")
        #expect(shown.output.contains("sam undo Updated R3 (v3)"), "\(shown.output)")
        #expect(shown.output.contains("priority high → normal"), "\(shown.output)")
        let nothing = try Self.earshot(fixture, "undo")
        #expect(nothing.status == 0 && nothing.output == "Nothing to undo\n")
    }

    @Test func undoOverSomeoneElsesChangeExitsThreeNamingThem() throws {
        let fixture = try TriageFixture()
        defer { fixture.remove() }
        #expect(try Self.earshot(fixture, "done", "F1", "--note", "Rang him").status == 0)
        #expect(try Self.earshot(fixture, user: "maya", "update", "F1", "--status", "todo").status == 0)
        let undo = try Self.earshot(fixture, "undo")
        #expect(undo.status == 3, "\(undo.output)")
        #expect(undo.output.contains("earshot: not undone: F1 changed after version 2 (now 3): maya set status from 'done' to 'todo'"),
                "\(undo.output)")
    }

    @Test func aBadTriageLineInTheConfigIsANoteWithFileAndLine() throws {
        let fixture = try TriageFixture()
        defer { fixture.remove() }
        try FileManager.default.createDirectory(atPath: fixture.folder + "/earshot", withIntermediateDirectories: true)
        try "bind reviews x quit\nset urgency.overdue lots\n".write(toFile: fixture.folder + "/earshot/config",
                                                                    atomically: true, encoding: .utf8)
        let result = try Self.earshot(fixture, "complain", "R3")
        #expect(result.status == 0)
        #expect(result.output.contains("earshot: note: \(fixture.folder)/earshot/config:2: urgency.overdue takes a number from 0 to 100"),
                "\(result.output)")
    }
}
