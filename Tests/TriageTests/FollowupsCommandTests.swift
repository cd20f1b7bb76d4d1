import Foundation
import Store
import Testing

/// `earshot followups --json` and `earshot show F… --json` score follow-ups with the config's
/// urgency weights, as the dashboard does.
@Suite struct FollowupsCommandTests {
    static func json(_ fixture: TriageFixture, _ arguments: String...) throws -> [String: Any] {
        let result = try UndoCommandTests.earshot(fixture, arguments[0], arguments[1], arguments[2])
        #expect(result.status == 0, "\(result.output)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any],
                            "\(result.output)")
    }

    static func listed(_ fixture: TriageFixture) throws -> [Double] {
        let items = try json(fixture, "followups", "is:todo", "--json")["items"] as? [[String: Any]] ?? []
        return items.compactMap { $0["urgency"] as? Double }
    }

    @Test func theConfigsWeightsReachTheListAndShow() throws {
        let fixture = try TriageFixture()
        defer { fixture.remove() }
        let byDefault = try Self.listed(fixture)
        #expect(byDefault.count == 2 && !byDefault.contains(100), "\(byDefault)")

        // Only the age term, at weight 100: the fixture's items are months old, so it is 1.
        let lines = UrgencyWeights.names.map { "set urgency.\($0) \($0 == "age" ? 100 : 0)" }
        try FileManager.default.createDirectory(atPath: fixture.folder + "/earshot", withIntermediateDirectories: true)
        try lines.joined(separator: "\n").write(toFile: fixture.folder + "/earshot/config", atomically: true, encoding: .utf8)
        #expect(try Self.listed(fixture) == [100, 100])
        #expect(try Self.json(fixture, "show", "F1", "--json")["urgency"] as? Double == 100)
    }
}
